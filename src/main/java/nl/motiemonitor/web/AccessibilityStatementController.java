package nl.motiemonitor.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement, in the form of the Dutch model statement (digitoegankelijk.nl). */
@Controller
class AccessibilityStatementController {

    private final AccessibilityProperties statement;

    AccessibilityStatementController(AccessibilityProperties statement) {
        this.statement = statement;
    }

    @GetMapping("/toegankelijkheid")
    String statement(Model model) {
        model.addAttribute("statement", statement);
        return "accessibility";
    }
}
