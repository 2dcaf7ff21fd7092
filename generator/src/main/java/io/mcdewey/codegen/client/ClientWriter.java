package io.mcdewey.codegen.client;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.mcdewey.codegen.DtoDocs;
import io.mcdewey.codegen.GroupSymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.codegen.dto.DtoWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the client of an SDK: the entry class ({@code FinesseClient}) with its builder and the HTTP plumbing, the
 * exception of non-2xx answers, and one class per resource group with a method per operation.
 *
 * <p>The client speaks XML through the DTOs' {@code toXml} and {@code fromXml} and needs nothing but the JDK:
 * {@code java.net.http.HttpClient} sends the requests.
 */
public final class ClientWriter {

  private ClientWriter() {}

  /**
   * The client's source files, in a fixed order: entry class, exception, response, request built by hand, then the
   * groups in guide order.
   */
  public static List<JavaFile> files(SdkSymbols symbols) {
    List<JavaFile> files = new ArrayList<>();
    files.add(file(symbols, ClientClassWriter.type(symbols)));
    files.add(file(symbols, ApiExceptionWriter.type(symbols)));
    files.add(file(symbols, ResponseWriter.type(symbols)));
    files.add(file(symbols, RequestWriter.type(symbols)));
    for (GroupSymbol group : symbols.groups()) {
      files.add(file(symbols, GroupApiWriter.type(symbols, group)));
    }
    return files;
  }

  private static JavaFile file(SdkSymbols symbols, TypeSpec type) {
    return JavaFile.builder(symbols.basePackage(), type)
        .addFileComment("$L", DtoDocs.fileComment(DtoDocs.guideFile(symbols)))
        .skipJavaLangImports(true)
        .build();
  }
}
