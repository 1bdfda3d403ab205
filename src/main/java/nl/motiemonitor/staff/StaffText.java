package nl.motiemonitor.staff;

import nl.motiemonitor.importing.ReaderMessage;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Words the staff area writes from Java (notices after a save, problems with an upload, review hints), in the
 * language of the request: {@code staff.*} keys of messages.properties and messages_en.properties, and what the
 * document reader tells the clerk ({@code reader.*}).
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

    /** A validation error or another resolvable message, in the request's language. */
    String get(MessageSourceResolvable message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }

    /** The reader's message (why a file cannot be read, what it is unsure of). */
    String get(ReaderMessage message) {
        return messages.getMessage(resolvable(message), LocaleContextHolder.getLocale());
    }

    /** The message with its phrases as messages too, which the message source says before it fills them in. */
    private static MessageSourceResolvable resolvable(ReaderMessage message) {
        Object[] arguments = message.arguments().stream()
                .map(argument -> argument instanceof ReaderMessage phrase ? resolvable(phrase) : argument).toArray();
        return new DefaultMessageSourceResolvable(new String[] {message.code()}, arguments);
    }
}
