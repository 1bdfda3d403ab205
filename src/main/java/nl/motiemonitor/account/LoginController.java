package nl.motiemonitor.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security handles {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

    private final MessageSource messages;

    LoginController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        String username = "";
        String error = null;
        HttpSession session = request.getSession(false);
        if (session != null && request.getParameter("fout") != null) {
            Object exception = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            Object typed = session.getAttribute(LoginFailureHandler.LAST_USERNAME);
            username = typed instanceof String name ? name : "";
            if (exception instanceof LoginThrottledException throttled) {
                error = messages.getMessage("account.login.throttled", new Object[] {throttled.minutes()},
                        LocaleContextHolder.getLocale());
            } else if (exception instanceof AuthenticationException) {
                error = messages.getMessage("account.login.failed", null, LocaleContextHolder.getLocale());
            }
        }
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.removeAttribute(LoginFailureHandler.LAST_USERNAME);
        }
        model.addAttribute("username", username);
        model.addAttribute("error", error);
        model.addAttribute("expired", request.getParameter("verlopen") != null);
        return "login";
    }
}
