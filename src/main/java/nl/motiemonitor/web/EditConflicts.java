package nl.motiemonitor.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * The answer to a save refused because someone else saved first (an edit conflict or a failed optimistic lock):
 * 409 Conflict, with the same form page, what the user typed kept in the form, the saved version beside it
 * ({@code current}) and, when known, who changed it ({@code lastChange}).
 */
public final class EditConflicts {

    private EditConflicts() {
    }

    public static void answer(HttpServletResponse response, Model model, Object current, Optional<?> lastChange) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("current", current);
        lastChange.ifPresent(change -> model.addAttribute("lastChange", change));
    }
}
