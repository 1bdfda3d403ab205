package nl.motiemonitor.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff user of the current request, if one is logged in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<StaffUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof StaffUser user)) {
            return Optional.empty();
        }
        return Optional.of(user);
    }
}
