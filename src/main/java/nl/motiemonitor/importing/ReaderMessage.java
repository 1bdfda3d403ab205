package nl.motiemonitor.importing;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the reader tells the clerk (why a file cannot be read, what it is unsure of): a key of messages.properties
 * (block "# The document reader (Java)") with its arguments, so the portal can say it in the clerk's language.
 * Arguments are text (document text, names), numbers (formatted per language by the message) or another
 * {@code ReaderMessage} (a phrase, said in the same language). {@link #dutch()} is the Dutch text, for the command
 * line, its JSON and logs.
 */
public record ReaderMessage(String code, List<Object> arguments) {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    public ReaderMessage {
        for (Object argument : arguments) {
            if (!(argument instanceof String || argument instanceof Number || argument instanceof ReaderMessage)) {
                throw new IllegalArgumentException("Not text, a number or a phrase: " + argument);
            }
        }
        arguments = List.copyOf(arguments);
    }

    public static ReaderMessage of(String code, Object... arguments) {
        return new ReaderMessage(code, List.of(arguments));
    }

    /** The Dutch text, as Spring's message source would say it (see {@code DomainRuleViolation}). */
    public String dutch() {
        String pattern = ResourceBundle.getBundle("messages", Locale.ROOT).getString(code);
        if (arguments.isEmpty()) {
            // as Spring's message source: without arguments the text is taken as it is, quotes included
            return pattern;
        }
        List<Object> said = new ArrayList<>();
        for (Object argument : arguments) {
            said.add(argument instanceof ReaderMessage phrase ? phrase.dutch() : argument);
        }
        return new MessageFormat(pattern, DUTCH).format(said.toArray());
    }

    /** Every code in this message, its phrases' included. */
    List<String> codes() {
        List<String> codes = new ArrayList<>(List.of(code));
        for (Object argument : arguments) {
            if (argument instanceof ReaderMessage phrase) {
                codes.addAll(phrase.codes());
            }
        }
        return codes;
    }

    @Override
    public String toString() {
        return dutch();
    }
}
