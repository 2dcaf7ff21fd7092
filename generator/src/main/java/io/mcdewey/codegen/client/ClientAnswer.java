package io.mcdewey.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.model.Example;
import io.mcdewey.model.MediaTypes;
import java.util.List;
import java.util.Map;

/**
 * What an operation's client method asks for and gives back: the {@code Accept} it sends, the type of the answer's
 * body and the reader of it. The answer's media type is the one the guide states or shows for it, which may differ
 * from the request's (a form sent, JSON answered); a JSON answer is read by its JSON DTO, or, when the guide shows
 * no object of it, into its members (or, for an array it prints, its items), as the SDK's JSON reader gives them.
 *
 * @param accept the {@code Accept} header the method sets, or {@code null} to keep the client's XML default
 * @param body the type of the answer's body, or {@code null} when the method reads none
 * @param reader the {@code Function<String, T>} reading the body, or the client's {@code NO_BODY}
 */
record ClientAnswer(String accept, TypeName body, CodeBlock reader) {
  static final TypeName MEMBERS = ParameterizedTypeName.get(Map.class, String.class, Object.class);
  static final TypeName ITEMS = ParameterizedTypeName.get(List.class, Object.class);

  static ClientAnswer of(OperationSymbol operation, SdkSymbols symbols) {
    String stated = operation.operation().responseMediaType();
    DtoSymbol dto = operation.responseBody();
    if (dto != null) {
      return new ClientAnswer(dto.json() ? MediaTypes.JSON : xmlOtherThanDefault(stated), dto.className(),
          CodeBlock.of("$T::$L", dto.className(), dto.json() ? "fromJson" : "fromXml"));
    }
    CodeBlock none = CodeBlock.of("$T.NO_BODY", symbols.client());
    if (MediaTypes.isJson(stated) && symbols.jsonSupport().isPresent()) {
      return showsArray(operation)
          ? new ClientAnswer(stated, ITEMS, CodeBlock.of("$T::items", symbols.jsonSupport().get()))
          : new ClientAnswer(stated, MEMBERS, CodeBlock.of("$T::members", symbols.jsonSupport().get()));
    }
    if (!stated.isEmpty()) {
      return new ClientAnswer(MediaTypes.isXml(stated) ? xmlOtherThanDefault(stated) : stated, null, none);
    }
    boolean sendsJson = operation.requestBody() != null && operation.requestBody().json();
    return new ClientAnswer(sendsJson ? MediaTypes.JSON : null, null, none);
  }

  /** The answer's type as the method returns it: {@code Void} when it reads no body. */
  TypeName result() {
    return body == null ? ClassName.get(Void.class) : body;
  }

  /** The body's type for a Javadoc link: a DTO, or the raw {@code Map} of JSON members or {@code List} of items. */
  CodeBlock link() {
    if (body instanceof ParameterizedTypeName generic) {
      return CodeBlock.of("JSON $L ({@link $T})", body.equals(MEMBERS) ? "members" : "items", generic.rawType());
    }
    return CodeBlock.of("{@link $T}", body);
  }

  /** Whether an answer the guide prints is a JSON array rather than an object. */
  private static boolean showsArray(OperationSymbol operation) {
    return operation.operation().examples().stream()
        .anyMatch(e -> e.kind() == Example.Kind.RESPONSE && e.content().stripLeading().startsWith("["));
  }

  private static String xmlOtherThanDefault(String stated) {
    return MediaTypes.isXml(stated) && !stated.equals(MediaTypes.XML) ? stated : null;
  }
}
