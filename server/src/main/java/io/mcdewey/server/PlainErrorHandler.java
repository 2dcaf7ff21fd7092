package io.mcdewey.server;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (an unknown path, a malformed request, a failure in a servlet) in the server's form
 * ({@link ErrorBodies}), saying only the status: what failed inside is for the log, not for the caller.
 */
final class PlainErrorHandler extends ErrorHandler {
  @Override
  protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
      String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
    String said = code == HttpStatus.NOT_FOUND_404 ? "There is nothing at this address."
        : HttpStatus.getMessage(code);
    ErrorBodies.Body body = ErrorBodies.of(request.getHttpURI().getPath(), code, said);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, body.contentType());
    response.write(true, ByteBuffer.wrap(body.bytes()), callback);
    return true;
  }
}
