package nl.motiemonitor.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security handles {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

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
                error = "Te veel mislukte pogingen; probeer het over " + throttled.minutes()
                        + (throttled.minutes() == 1 ? " minuut" : " minuten") + " opnieuw.";
            } else if (exception instanceof AuthenticationException) {
                error = "Onjuiste gebruikersnaam of wachtwoord.";
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
