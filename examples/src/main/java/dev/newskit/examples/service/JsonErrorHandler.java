package dev.newskit.examples.service;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as the service's JSON error body, for what Jetty refuses before the service
 * sees it: malformed requests (400), headers too large (431), URIs too long (414), bodies too slow
 * (408). Never an HTML page or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(NewsService.REQUEST_ID_HEADER, NewsService.requestId(request));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON_TYPE);
    if (code == 503) response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    String text = message == null || message.isBlank() || message.matches("\\d+") ? HttpStatus.getMessage(code) : message;
    byte[] body = Reply.JSON.writeValueAsBytes(Reply.errorNode(code, text));
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
