package nl.motiemonitor.councillist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.web.Notices;
import org.springframework.context.MessageSourceResolvable;

/**
 * What a visitor asked of the list ({@code ?groep=portefeuillehouder&sinds=2026-11-12}), read leniently: an unknown
 * grouping or a date that is not one (or lies ahead) is ignored, with a notice saying so.
 */
public record ListRequest(ListGrouping grouping, LocalDate since, List<MessageSourceResolvable> notices) {

    public static ListRequest parse(String groupParam, String sinceParam, LocalDate today) {
        return parse(groupParam, sinceParam, null, today);
    }

    /** As {@link #parse(String, String, LocalDate)}; {@code pdfParam} "te-lang": the PDF asked for was too long. */
    public static ListRequest parse(String groupParam, String sinceParam, String pdfParam, LocalDate today) {
        List<MessageSourceResolvable> notices = new ArrayList<>();
        if ("te-lang".equals(pdfParam)) {
            notices.add(Notices.of("list.notice.pdfTooLong", CouncilListDownloads.PDF_MAX_LINES));
        }
        ListGrouping grouping = ListGrouping.STATUS;
        if (groupParam != null && !groupParam.isBlank()) {
            grouping = ListGrouping.fromSlug(groupParam.strip()).orElse(null);
            if (grouping == null) {
                notices.add(Notices.of("list.notice.grouping", groupParam));
                grouping = ListGrouping.STATUS;
            }
        }
        LocalDate since = null;
        if (sinceParam != null && !sinceParam.isBlank()) {
            try {
                since = LocalDate.parse(sinceParam.strip());
                if (since.isAfter(today)) {
                    notices.add(Notices.of("list.notice.sinceFuture", sinceParam));
                    since = null;
                }
            } catch (DateTimeParseException e) {
                notices.add(Notices.of("list.notice.since", sinceParam));
            }
        }
        return new ListRequest(grouping, since, List.copyOf(notices));
    }

    /** The query string that asks for this list again ("groep=afdeling&sinds=2026-11-12"), for its downloads. */
    public String query() {
        StringBuilder query = new StringBuilder("groep=").append(grouping.slug());
        if (since != null) {
            query.append("&sinds=").append(since);
        }
        return query.toString();
    }
}
