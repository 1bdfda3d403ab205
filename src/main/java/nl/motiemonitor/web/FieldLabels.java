package nl.motiemonitor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Validation messages that name their field, as {@code @labels.message(form, field, message)} in templates:
 * "Datum van de stemming: vul een geldige datum in." A field's name is {@code label.<form>.<path>} in
 * messages.properties, with {@code []} for each index of the path, whose numbers (from 1) are the arguments:
 * {@code label.motion.clauses[].text=Tekst van overweging {0}}. Without a label the message stands alone.
 *
 * <p>A field whose value is one of a list of choices (a select of an enum) names the messages of its choices in
 * {@code choices.<form>.<path>} (or {@code choices.<path>}): {@code choices.answers[].response=letter.response.}, so
 * that a value as sent ({@code DISCHARGE_CLAIMED}) can be shown as its option reads ({@link #choice}).
 */
@Component("labels")
public class FieldLabels {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})]");

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** "Label: message", with the message's first letter made small unless it starts an abbreviation. */
    public String message(String form, String field, String message) {
        String label = label(form, field);
        if (label == null || message == null || message.startsWith(label + ":")) {
            return message;
        }
        boolean abbreviation = message.length() > 1 && Character.isUpperCase(message.charAt(1));
        String rest = abbreviation ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
        return label + ": " + rest;
    }

    /** The field's name as its form shows it, or null when it has none. */
    public String label(String form, String field) {
        if (field == null) {
            return null;
        }
        List<Object> numbers = new ArrayList<>();
        Matcher index = INDEX.matcher(field);
        while (index.find()) {
            numbers.add(Integer.parseInt(index.group(1)) + 1);
        }
        return message("label.", form, field, numbers.toArray());
    }

    /** The value as the field's option shows it, when the field is one of choices; else the value itself. */
    public String choice(String form, String field, String value) {
        String choices = field == null || value == null ? null : message("choices.", form, field, null);
        return choices == null ? value
                : messages.getMessage(choices + value, null, value, LocaleContextHolder.getLocale());
    }

    /** {@code <kind><form>.<path>}, else {@code <kind><path>}, the path's indexes as {@code []}; null when neither. */
    private String message(String kind, String form, String field, Object[] args) {
        String path = INDEX.matcher(field).replaceAll("[]");
        Locale locale = LocaleContextHolder.getLocale();
        String message = form == null ? null : messages.getMessage(kind + form + "." + path, args, null, locale);
        return message != null ? message : messages.getMessage(kind + path, args, null, locale);
    }
}
