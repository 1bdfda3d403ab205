package nl.motiemonitor.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.context.MessageSourceResolvable;

/**
 * A rule of the council's business that a request would break (a move the lifecycle does not allow, a number
 * already taken, a footnote whose words are not in its clause): the request is refused and the user is told why.
 * Programming errors stay {@link IllegalArgumentException} or {@link IllegalStateException} and are never shown.
 * <p>
 * The text is the message {@code code} of {@code messages.properties} (block "# Domain rules") with the
 * {@code arguments}, so the web layer can show it in the user's language; {@link #getMessage()} is the Dutch text,
 * for logs and tests. Arguments are passed as text, so a number is not formatted per language ("1.234"); words
 * and dates in arguments are {@link Phrase}s, said in the same language as the message.
 */
public class DomainRuleViolation extends RuntimeException {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final String code;
    private final Object[] arguments;

    public DomainRuleViolation(String code, Object... arguments) {
        super(dutch(code, arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    private static String dutch(String code, Object[] arguments) {
        String pattern = ResourceBundle.getBundle("messages", Locale.ROOT).getString(code);
        if (arguments == null || arguments.length == 0) {
            // as Spring's message source: without arguments the text is taken as it is, quotes included
            return pattern;
        }
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // as Spring's message source: an argument that is a message itself (a Phrase) is said first
            resolved[i] = arguments[i] instanceof MessageSourceResolvable phrase
                    ? dutch(phrase.getCodes()[0], phrase.getArguments()) : arguments[i];
        }
        return new MessageFormat(pattern, DUTCH).format(resolved);
    }
}
