package nl.motiemonitor.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user whose password an administrator reset gets nothing of the staff area but {@code /beheer/wachtwoord} until
 * they have chosen their own: every other request there, GET or POST, is sent to that page, which says why. Asked of
 * the database on each request, so changing the password frees every session of the user at once.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer, HandlerInterceptor {

    static final String PASSWORD_PAGE = "/beheer/wachtwoord";

    private final Accounts accounts;

    PasswordChangeRequired(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/beheer", "/beheer/**").excludePathPatterns(PASSWORD_PAGE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return true; // an error page (a 503 while the database is away among them) shows what went wrong
        }
        StaffUser user = CurrentUser.get().orElse(null);
        if (user == null || !accounts.mustChangePassword(user.username())) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + PASSWORD_PAGE);
        return false;
    }
}
