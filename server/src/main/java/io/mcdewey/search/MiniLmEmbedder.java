package io.mcdewey.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * The all-MiniLM-L6-v2 sentence model (quantized), run in process with ONNX Runtime. The model ships inside its Maven
 * artifact: nothing is downloaded at run time.
 *
 * <p>Texts are cut to {@link #MAX_CHARS} characters before embedding. The model was trained on short passages and
 * reads at most 256 word pieces; longer inputs are split and averaged by the runtime, which costs time in proportion
 * and blurs the vector. The full text still reaches the keyword index.
 */
public final class MiniLmEmbedder implements Embedder {
  /** About 256 word pieces of English technical prose. */
  static final int MAX_CHARS = 1000;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  @Override
  public String name() {
    return "all-minilm-l6-v2-q/" + MAX_CHARS;
  }

  @Override
  public int dimensions() {
    return 384;
  }

  @Override
  public float[] embed(String text) {
    return model.embed(cut(text)).content().vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(cut(t))).toList();
    return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
  }

  private static String cut(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return "-";
    }
    return trimmed.length() <= MAX_CHARS ? trimmed : trimmed.substring(0, MAX_CHARS);
  }
}
