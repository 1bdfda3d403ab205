package nl.motiemonitor.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is logged in, as {@code currentUser} (null for visitors), for the header of the layout. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    StaffUser currentUser() {
        return CurrentUser.get().orElse(null);
    }
}
