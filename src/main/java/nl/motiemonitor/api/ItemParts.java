package nl.motiemonitor.api;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.motiemonitor.letter.AnsweringLetter;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.StatusChange;
import nl.motiemonitor.web.Languages;
import nl.motiemonitor.web.PublicPaths.Kind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The parts motions and commitments share in the API: status as the portal's filter value, the timeline, the letters
 * that answer. As on the public page, a move caused by a letter that is not (or no longer) published names no letter
 * and says no words of it.
 */
@Component
class ItemParts {

    private final ApiLinks links;
    private final MessageSource messages;

    ItemParts(ApiLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    static String status(ItemStatus status) {
        return status == null ? null : status.slug();
    }

    static String label(ItemStatus status) {
        return status == null ? null : status.label();
    }

    /** An enum's name as the API writes codes: lower case, words joined by '_'. */
    static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    List<StatusChangeJson> history(List<StatusChange> changes, String slug, Set<Long> publishedLetters) {
        String unpublished = messages.getMessage("status.timeline.unpublishedLetter", null, Languages.DUTCH);
        return changes.stream().map(change -> {
            boolean hidden = change.letterId() != null && !publishedLetters.contains(change.letterId());
            LinkJson letter = change.letterId() == null || hidden ? null : letter(change.letterId(), slug);
            return new StatusChangeJson(status(change.fromStatus()), status(change.toStatus()), change.effectiveOn(),
                    change.dateUnknown(), hidden ? unpublished : change.reason(), letter, change.recordedAt(),
                    change.recordedBy());
        }).toList();
    }

    List<LetterRefJson> letters(Collection<AnsweringLetter> answering, String slug) {
        return answering.stream().map(answer -> new LetterRefJson(answer.letter().id(),
                links.api(Kind.LETTER, answer.letter().id()),
                links.page(Kind.LETTER, slug, Long.toString(answer.letter().id())),
                answer.letter().displaySubject(), answer.letter().sentOn(), code(answer.response()),
                answer.requestIds())).toList();
    }

    static Set<Long> ids(Collection<AnsweringLetter> answering) {
        return answering.stream().map(answer -> answer.letter().id()).collect(Collectors.toSet());
    }

    LinkJson letter(long id, String slug) {
        return new LinkJson(id, links.api(Kind.LETTER, id), links.page(Kind.LETTER, slug, Long.toString(id)));
    }
}
