package nl.motiemonitor.staff;

import java.util.List;

import nl.motiemonitor.account.StaffUser;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff area's start: the bodies this user works for. */
@Controller
class StaffHomeController {

    private final Bodies bodies;
    private final StaffAccess access;

    StaffHomeController(Bodies bodies, StaffAccess access) {
        this.bodies = bodies;
        this.access = access;
    }

    record BodyRights(BodyView body, boolean canEdit) {
    }

    @GetMapping("/beheer")
    String home(Model model) {
        StaffUser user = access.user();
        List<BodyRights> mine = bodies.all().stream().filter(body -> user.canReadDrafts(body.id()))
                .map(body -> new BodyRights(body, user.canEdit(body.id()))).toList();
        model.addAttribute("user", user);
        model.addAttribute("bodies", mine);
        return "admin/home";
    }
}
