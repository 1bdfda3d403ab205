package nl.motiemonitor.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login form, which shows why (the exception, kept in the session by the superclass) and keeps the
 * username that was typed. Never the password.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String LAST_USERNAME = LoginFailureHandler.class.getName() + ".username";

    LoginFailureHandler() {
        super("/login?fout");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        request.getSession().setAttribute(LAST_USERNAME,
                username == null ? "" : ThrottlingAuthenticationProvider.loggable(username.strip()));
        super.onAuthenticationFailure(request, response, exception);
    }
}
