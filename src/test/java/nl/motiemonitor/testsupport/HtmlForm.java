package nl.motiemonitor.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A form of a page, read as a browser submits it when the clerk presses the main button: every named input, select
 * and textarea with its current value (checked boxes only, the selected option, else the first), and no other
 * buttons. {@link #with} changes one field, as typing would.
 */
public final class HtmlForm {

    private final String action;
    private final List<Map.Entry<String, String>> fields;

    private HtmlForm(String action, List<Map.Entry<String, String>> fields) {
        this.action = action;
        this.fields = fields;
    }

    /** The form of {@code html} that posts to {@code action}. */
    public static HtmlForm of(String html, String action) {
        Element form = Jsoup.parse(html).select("form[action]").stream()
                .filter(candidate -> candidate.attr("action").equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("No form posts to " + action));
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String type = field.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (field.hasAttr("disabled") || List.of("submit", "button", "image", "reset", "file").contains(type)) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            fields.add(Map.entry(field.attr("name"), value(field)));
        }
        return new HtmlForm(action, fields);
    }

    private static String value(Element field) {
        if (field.nameIs("textarea")) {
            return field.wholeText();
        }
        if (field.nameIs("select")) {
            Element option = field.selectFirst("option[selected]");
            option = option != null ? option : field.selectFirst("option");
            return option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text();
        }
        String type = field.attr("type");
        return field.hasAttr("value") || type.equals("checkbox") || type.equals("radio")
                ? (field.hasAttr("value") ? field.attr("value") : "on") : "";
    }

    public String action() {
        return action;
    }

    public List<Map.Entry<String, String>> fields() {
        return List.copyOf(fields);
    }

    /** The value the form holds for {@code name}; fails when it has none. */
    public String value(String name) {
        return fields.stream().filter(field -> field.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("The form has no field " + name + ": " + fields));
    }

    /** The same form with {@code name} set to {@code value} (added when the form did not have it). */
    public HtmlForm with(String name, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>();
        boolean found = false;
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equals(name) && !found) {
                changed.add(Map.entry(name, value));
                found = true;
            } else if (!field.getKey().equals(name)) {
                changed.add(field);
            }
        }
        if (!found) {
            changed.add(Map.entry(name, value));
        }
        return new HtmlForm(action, changed);
    }
}
