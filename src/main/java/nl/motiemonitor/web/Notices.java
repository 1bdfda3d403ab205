package nl.motiemonitor.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A notice for a page as a message key with its arguments, said in the page's language when the page is rendered
 * ({@code ${@messageSource.getMessage(notice, #locale)}}).
 */
public final class Notices {

    private Notices() {
    }

    public static MessageSourceResolvable of(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }
}
