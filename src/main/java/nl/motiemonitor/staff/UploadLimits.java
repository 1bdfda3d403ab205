package nl.motiemonitor.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A file over the upload limit sends the clerk back to the form with a Dutch explanation, not an error page. */
@ControllerAdvice
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problems",
                java.util.List.of("Wat u verstuurde, is samen groter dan 210 MB en is niet aangenomen. Importeer"
                        + " hoogstens 10 bestanden van elk hoogstens 20 MB tegelijk; plak geplakte tekst opnieuw."));
        String path = request.getRequestURI();
        return path.matches("^/beheer/[a-z0-9-]+/import$") ? "redirect:" + path : "redirect:/beheer";
    }
}
