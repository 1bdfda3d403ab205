package nl.motiemonitor.councillist;

import java.util.Locale;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.ThemeProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The council's list as a file, for the public list and the staff list alike: the format from the address
 * ({@code lijst.pdf}, {@code .xlsx}, {@code .csv}), the list as the visitor asked for it, in the body's accent colour,
 * and always in Dutch: the files, like the history the council's decisions write, are the council's own document,
 * whatever the page's language.
 */
@Component
public class CouncilListFiles {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CouncilLists lists;
    private final Terms terms;
    private final ThemeProperties themes;
    private final MessageSource messages;

    CouncilListFiles(CouncilLists lists, Terms terms, ThemeProperties themes, MessageSource messages) {
        this.lists = lists;
        this.terms = terms;
        this.themes = themes;
        this.messages = messages;
    }

    /**
     * The body's list in the format {@code extension} names; 404 for any other.
     *
     * @param publishedOnly the public list: published items and letters only
     * @param listPath      the list's page ("/den-haag/lijst"), where a PDF too long to print sends the visitor
     */
    public ResponseEntity<byte[]> download(BodyView body, boolean publishedOnly, String extension, String group,
            String since, String listPath) {
        CouncilListDownloads format = CouncilListDownloads.fromExtension(extension)
                .orElseThrow(() -> new NotFoundException("lijst." + extension));
        ListRequest request = ListRequest.parse(group, since, terms.today());
        return format.download(lists.of(body.bodyId(), publishedOnly, request.grouping(), request.since()),
                body.slug(), body.name(), council(body), themes.accent(body.theme()),
                listPath + "?" + request.query());
    }

    /** Who decides for the body, in its own Dutch words: "de raad", "Provinciale Staten", "de Kamer". */
    public String council(BodyView body) {
        return messages.getMessage("body.council." + body.kind().name(), null, DUTCH);
    }
}
