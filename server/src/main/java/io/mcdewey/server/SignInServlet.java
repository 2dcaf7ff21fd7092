package io.mcdewey.server;

import static io.mcdewey.server.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /sign-in}: the form a browser user types the server's token into when one is set. A right token sets the
 * sign-in cookie and goes back to the page asked for; a wrong one shows the form again.
 */
final class SignInServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient BrowserSignIn signIn;

  SignInServlet(BrowserSignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    form(response, HttpServletResponse.SC_OK, next(request), "");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String next = next(request);
    if (!signIn.isToken(request.getParameter("token"))) {
      form(response, HttpServletResponse.SC_UNAUTHORIZED, next, "That is not the server's token.");
      return;
    }
    response.setHeader("Set-Cookie", signIn.setCookie(request.isSecure()));
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", next);
  }

  /** Where to go after signing in: a path of this server, never another site. */
  private static String next(HttpServletRequest request) {
    String next = request.getParameter("next");
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
  }

  private static void form(HttpServletResponse response, int status, String next, String error)
      throws IOException {
    String body = "<h1>Sign in</h1>\n<p>This library asks for the token its server was started with ("
        + ServeCommand.TOKEN_VARIABLE + ").</p>\n"
        + (error.isEmpty() ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>\n")
        + "<form class=\"sign-in\" method=\"post\" action=\"" + BrowserSignIn.PATH + "\">"
        + "<input type=\"hidden\" name=\"next\" value=\"" + escape(next) + "\">"
        + "<label>Token <input name=\"token\" type=\"password\" autocomplete=\"current-password\" required"
        + " autofocus></label> <button type=\"submit\">Sign in</button></form>\n";
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().print(Html.page("Sign in", "", body));
  }
}
