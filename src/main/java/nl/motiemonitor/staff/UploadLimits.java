package nl.motiemonitor.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A file over the upload limit sends the clerk back to the form with an explanation, not an error page. */
@ControllerAdvice
class UploadLimits {

    private final StaffText text;

    UploadLimits(StaffText text) {
        this.text = text;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problems", java.util.List.of(text.get("staff.import.uploadTooLarge")));
        String path = request.getRequestURI();
        return path.matches("^/beheer/[a-z0-9-]+/(import|register)$") ? "redirect:" + path : "redirect:/beheer";
    }
}
