package nl.motiemonitor.changefeed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.web.PublicAddress;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.stereotype.Component;

/**
 * Turns the feed's entries into what a client reads: the body's slug and absolute links to the item in the API and
 * to its public page, from the portal's configured public address (as feeds and mail have them, never from the
 * request's Host header) and the item's current url key. A page is named only while the item is published now: an
 * older entry of an item that became a draft since names no page.
 */
@Component
class ChangeLinks {

    private final Bodies bodies;
    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final LetterCatalog letters;
    private final PublicAddress address;

    ChangeLinks(Bodies bodies, MotionCatalog motions, CommitmentCatalog commitments, LetterCatalog letters,
            PublicAddress address) {
        this.bodies = bodies;
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
        this.address = address;
    }

    /** The portal's public address followed by {@code path}. */
    String absolute(String path) {
        return address.absolute(path);
    }

    List<ChangeFeedPage.Entry> entries(List<PublicChange> changes) {
        Map<Long, BodyView> bodyById = bodies.byIds(changes.stream().map(PublicChange::bodyId)
                .collect(Collectors.toSet()));
        Map<String, Map<Long, String>> pageKeys = Map.of(
                "motion", keys(ids(changes, "motion"), motions::publishedSummaries, MotionSummary::urlKey),
                "commitment", keys(ids(changes, "commitment"), commitments::publishedSummaries,
                        CommitmentSummary::urlKey),
                "letter", keys(ids(changes, "letter"), letters::publishedSummaries,
                        letter -> letter.id().toString()));
        return changes.stream().map(change -> {
            BodyView body = bodyById.get(change.bodyId());
            String slug = body == null ? null : body.slug();
            return new ChangeFeedPage.Entry(Long.toString(change.cursor()), change.changedAt(), change.type(),
                    change.itemId(), slug, change.action(), url(change, slug),
                    page(change, slug, pageKeys.getOrDefault(change.type(), Map.of()).get(change.itemId())));
        }).toList();
    }

    private String url(PublicChange change, String slug) {
        if (!change.exists()) {
            return null;
        }
        if (change.type().equals(PublicChange.BODY)) {
            return slug == null ? null : absolute(PublicPaths.apiBody(slug));
        }
        return absolute(PublicPaths.apiItem(kind(change), change.itemId()));
    }

    private String page(PublicChange change, String slug, String pageKey) {
        if (!change.visible() || slug == null) {
            return null;
        }
        if (change.type().equals(PublicChange.BODY)) {
            return absolute(PublicPaths.body(slug));
        }
        return pageKey == null ? null : absolute(PublicPaths.item(kind(change), slug, pageKey));
    }

    private static PublicPaths.Kind kind(PublicChange change) {
        return PublicPaths.Kind.valueOf(change.type().toUpperCase(Locale.ROOT));
    }

    private static List<Long> ids(List<PublicChange> changes, String type) {
        return changes.stream().filter(change -> change.type().equals(type)).map(PublicChange::itemId).distinct()
                .toList();
    }

    /** The page key (url key, or a letter's id) of each of these items that is published now. */
    private static <T> Map<Long, String> keys(List<Long> ids, Function<List<Long>, Map<Long, T>> published,
            Function<T, String> key) {
        return ids.isEmpty() ? Map.of() : published.apply(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> key.apply(entry.getValue())));
    }
}
