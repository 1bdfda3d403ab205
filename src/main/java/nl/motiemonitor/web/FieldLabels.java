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
        String path = INDEX.matcher(field).replaceAll("[]");
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = numbers.toArray();
        String label = form == null ? null : messages.getMessage("label." + form + "." + path, args, null, locale);
        return label != null ? label : messages.getMessage("label." + path, args, null, locale);
    }
}
