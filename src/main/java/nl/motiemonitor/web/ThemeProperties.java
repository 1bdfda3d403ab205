package nl.motiemonitor.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The NL Design System themes this deployment offers: per theme name, the class its tokens are scoped to and the
 * stylesheets that define them, and the accent colour its printed documents (the council's list as PDF) use. A body
 * names its theme; unknown names fall back to the default.
 */
@ConfigurationProperties("motiemonitor")
public record ThemeProperties(Map<String, Theme> themes, @DefaultValue("voorbeeld") String defaultTheme) {

    /** {@code accent}: a hex colour such as "#154273", readable on white; null: the documents' default. */
    public record Theme(String bodyClass, List<String> stylesheets, String accent) {
    }

    /** The accent colour of a body's theme for printed documents, or null when it has none. */
    public String accent(String themeName) {
        Theme theme = themes == null ? null : themes.get(themeName == null ? defaultTheme : themeName);
        return theme == null ? null : theme.accent();
    }
}
