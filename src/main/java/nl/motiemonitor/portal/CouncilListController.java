package nl.motiemonitor.portal;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.councillist.CouncilListFiles;
import nl.motiemonitor.councillist.CouncilLists;
import nl.motiemonitor.councillist.ListGrouping;
import nl.motiemonitor.councillist.ListRequest;
import nl.motiemonitor.term.Terms;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The council's list of a body (lijst van moties en toezeggingen, termijnagenda) as the public reads it: every open,
 * late and awaiting item and what was done recently, grouped, marked since the previous list, and as PDF, Excel and
 * CSV.
 */
@Controller
class CouncilListController {

    private final BodyResolver bodyResolver;
    private final CouncilLists lists;
    private final Terms terms;
    private final CouncilListFiles files;

    CouncilListController(BodyResolver bodyResolver, CouncilLists lists, Terms terms, CouncilListFiles files) {
        this.bodyResolver = bodyResolver;
        this.lists = lists;
        this.terms = terms;
        this.files = files;
    }

    @GetMapping("/{body:[a-z0-9-]+}/lijst")
    String list(@PathVariable("body") String slug, @RequestParam(name = "groep", required = false) String group,
            @RequestParam(name = "sinds", required = false) String since,
            @RequestParam(name = "pdf", required = false) String pdf, Model model) {
        BodyView body = bodyResolver.require(slug);
        ListRequest request = ListRequest.parse(group, since, pdf, terms.today());
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("list", lists.of(body.bodyId(), true, request.grouping(), request.since()));
        model.addAttribute("request", request);
        model.addAttribute("groupings", ListGrouping.values());
        return "list";
    }

    @GetMapping("/{body:[a-z0-9-]+}/lijst.{format:[a-z]+}")
    ResponseEntity<byte[]> download(@PathVariable("body") String slug, @PathVariable("format") String format,
            @RequestParam(name = "groep", required = false) String group,
            @RequestParam(name = "sinds", required = false) String since) {
        BodyView body = bodyResolver.require(slug);
        return files.download(body, true, format, group, since, "/" + body.slug() + "/lijst");
    }
}
