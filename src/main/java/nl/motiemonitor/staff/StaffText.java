package nl.motiemonitor.staff;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words the staff area writes from Java (notices after a save, problems with an upload, review hints), in the
 * language of the request: {@code staff.*} keys of messages.properties and messages_en.properties.
 */
@Component
class StaffText {

    private final MessageSource messages;

    StaffText(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
