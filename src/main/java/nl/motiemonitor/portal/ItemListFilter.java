package nl.motiemonitor.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.web.Notices;
import org.springframework.context.MessageSourceResolvable;

/**
 * The filters of a body's lists ({@code ?status=open&jaar=2021}, also {@code status=deels-afgedaan}) as the page and
 * its downloads read them: a value the page does not know is left out, with a notice saying so.
 *
 * @param partly  only motions of which some requests are discharged, not all
 * @param notices what could not be used, in the reader's language
 */
record ItemListFilter(ItemStatus status, boolean partly, Integer year, List<MessageSourceResolvable> notices) {

    /** The status filter's value for motions of which some requests are discharged, not all. */
    static final String PARTLY_DISCHARGED = "deels-afgedaan";

    static ItemListFilter parse(String statusParam, String yearParam) {
        List<MessageSourceResolvable> notices = new ArrayList<>();
        ItemStatus status = null;
        boolean partly = PARTLY_DISCHARGED.equals(statusParam);
        if (statusParam != null && !statusParam.isBlank() && !partly) {
            Optional<ItemStatus> parsed = ItemStatus.fromSlug(statusParam);
            if (parsed.isPresent()) {
                status = parsed.get();
            } else {
                notices.add(Notices.of("filter.notice.status", statusParam));
            }
        }
        Integer year = null;
        if (yearParam != null && !yearParam.isBlank()) {
            year = parseYear(yearParam);
            if (year == null) {
                notices.add(Notices.of("filter.notice.year", yearParam));
            }
        }
        return new ItemListFilter(status, partly, year, List.copyOf(notices));
    }

    /** The status as the URL says it: "open", "deels-afgedaan", or null for all. */
    String statusSlug() {
        return partly ? PARTLY_DISCHARGED : status == null ? null : status.slug();
    }

    /** The filters as a query string without "?": "status=open&jaar=2021", or "". */
    String query() {
        StringBuilder query = new StringBuilder();
        if (statusSlug() != null) {
            query.append("&status=").append(statusSlug());
        }
        if (year != null) {
            query.append("&jaar=").append(year);
        }
        return query.isEmpty() ? "" : query.substring(1);
    }

    /** A year between 1800 and 2200, or null for anything else. */
    static Integer parseYear(String value) {
        try {
            int year = Integer.parseInt(value.strip());
            return year >= 1800 && year <= 2200 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
