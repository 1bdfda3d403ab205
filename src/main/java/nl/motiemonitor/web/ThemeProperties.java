package nl.motiemonitor.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The NL Design System themes this deployment offers: per theme name, the class its tokens are scoped to and the
 * stylesheets that define them. A body names its theme; unknown names fall back to the default.
 */
@ConfigurationProperties("motiemonitor")
public record ThemeProperties(Map<String, Theme> themes, @DefaultValue("voorbeeld") String defaultTheme) {

    public record Theme(String bodyClass, List<String> stylesheets) {
    }
}
