package nl.motiemonitor.term;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.web.DateFormatting;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A body's default term in the page's language, as {@code @termText.describe(term)} in templates: "6 maanden na
 * aanneming", "de eerstvolgende 1 juli of 1 december na aanneming", "geen standaardtermijn".
 */
@Component("termText")
public class TermDescriptions {

    private final MessageSource messages;
    private final DateFormatting dates;

    TermDescriptions(MessageSource messages, DateFormatting dates) {
        this.messages = messages;
        this.dates = dates;
    }

    public String describe(BodyTerm term) {
        if (term.months() != null) {
            return message("term.describe.months", term.months());
        }
        if (term.dates().isEmpty()) {
            return message("term.describe.none");
        }
        List<String> names = new ArrayList<>(term.dates().stream().map(dates::dayAndMonth).toList());
        String last = names.remove(names.size() - 1);
        return message("term.describe.dates",
                names.isEmpty() ? last : message("term.describe.either", String.join(", ", names), last));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
