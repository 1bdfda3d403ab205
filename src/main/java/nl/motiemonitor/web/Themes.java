package nl.motiemonitor.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Resolves a body's theme name to what the layout needs; templates call it as {@code @themes}. */
@Component("themes")
class Themes {

    private final Map<String, ThemeProperties.Theme> themes;
    private final ThemeProperties.Theme fallback;

    Themes(ThemeProperties properties) {
        this.themes = properties.themes() == null ? Map.of() : Map.copyOf(properties.themes());
        ThemeProperties.Theme configuredDefault = themes.get(properties.defaultTheme());
        this.fallback = configuredDefault != null ? configuredDefault
                : new ThemeProperties.Theme("voorbeeld-theme", List.of("/vendor/themes/voorbeeld/theme.css"),
                        null);
    }

    public ThemeProperties.Theme resolve(String name) {
        return name == null ? fallback : themes.getOrDefault(name, fallback);
    }
}
