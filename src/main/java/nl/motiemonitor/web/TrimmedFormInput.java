package nl.motiemonitor.web;

import java.beans.PropertyEditorSupport;
import java.util.Set;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What staff and account forms receive is trimmed, and a field of only spaces is empty (null), so forms and
 * validation never see " M-12 " or "  ". Passwords are taken exactly as typed: a space is a character of a password.
 * Only form objects are trimmed; request parameters such as pasted document text arrive untouched.
 */
@ControllerAdvice(basePackages = {"nl.motiemonitor.staff", "nl.motiemonitor.account"})
class TrimmedFormInput {

    static final Set<String> PASSWORD_FIELDS = Set.of("password", "currentPassword", "newPassword", "confirmation");

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            return; // a request parameter, not a form object
        }
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        PASSWORD_FIELDS.forEach(field -> binder.registerCustomEditor(String.class, field, new AsTyped()));
    }

    private static final class AsTyped extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }
}
