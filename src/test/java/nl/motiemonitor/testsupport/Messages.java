package nl.motiemonitor.testsupport;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The portal's messages (messages.properties, messages_en.properties) as the application reads them, without it. */
public final class Messages {

    private Messages() {
    }

    public static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
