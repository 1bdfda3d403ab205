package nl.motiemonitor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.body.MemberView;
import nl.motiemonitor.letter.AnsweringLetter;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionRequests;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.motion.MotionView;
import nl.motiemonitor.motion.RequestView;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.TextSegment;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.RequestTerm;
import nl.motiemonitor.term.TermItem;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.PublicPaths.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published motions as the API shows them, composed from the motion, letter, term and body modules' public read
 * models in one read-only transaction: a list page in three queries (motions, their terms, their bodies), a motion
 * with everything its page shows.
 */
@Component
@Transactional(readOnly = true)
class MotionResources {

    private final MotionCatalog motions;
    private final MotionRequests requests;
    private final LetterCatalog letters;
    private final Terms terms;
    private final Bodies bodies;
    private final ItemParts parts;
    private final ApiLinks links;

    MotionResources(MotionCatalog motions, MotionRequests requests, LetterCatalog letters, Terms terms, Bodies bodies,
            ItemParts parts, ApiLinks links) {
        this.motions = motions;
        this.requests = requests;
        this.letters = letters;
        this.terms = terms;
        this.bodies = bodies;
        this.parts = parts;
        this.links = links;
    }

    Keyset.Slice<MotionItemJson> list(BodyView body, ItemStatus status, boolean partly, Keyset keyset) {
        Keyset.Slice<MotionSummary> slice = keyset.slice(motions.publishedAfter(body == null ? null : body.bodyId(),
                status, partly, keyset.afterId(), keyset.probe()), MotionSummary::id);
        List<Long> ids = slice.items().stream().map(MotionSummary::id).toList();
        Map<Long, ItemTerm> termsById = terms.terms(TermItem.MOTION, ids);
        Map<Long, BodyView> bodyById = bodies.byIds(slice.items().stream().map(MotionSummary::bodyId)
                .collect(Collectors.toSet()));
        return new Keyset.Slice<>(slice.items().stream().map(motion -> item(motion,
                bodyById.get(motion.bodyId()).slug(), termsById.get(motion.id()))).toList(), slice.nextCursor());
    }

    private MotionItemJson item(MotionSummary motion, String slug, ItemTerm term) {
        return new MotionItemJson(motion.id(), links.api(Kind.MOTION, motion.id()), page(motion, slug),
                motion.bodyId(), motion.registrationNumber(), motion.title(), motion.adoptedOn(),
                ItemParts.code(motion.adoptedOnPrecision()), ItemParts.code(motion.voteOutcome()),
                ItemParts.status(motion.status()), ItemParts.label(motion.status()), motion.partlyDischarged(),
                TermJson.of(term));
    }

    MotionJson motion(long id) {
        MotionView motion = motions.findPublished(new MotionId(id))
                .orElseThrow(() -> new NotFoundException("Er is geen openbare motie met id " + id + "."));
        MotionSummary summary = motion.summary();
        String slug = bodies.byIds(List.of(summary.bodyId())).get(summary.bodyId()).slug();
        List<AnsweringLetter> answering = letters.answeringMotions(List.of(id)).getOrDefault(id, List.of());
        Set<Long> visibleLetters = ItemParts.ids(answering);
        List<PersonJson> sponsors = bodies.members(motion.sponsorIds()).stream().map(MotionResources::person)
                .toList();
        MotionCatalog.Replacements replacements = motions.replacements(id, true);
        return new MotionJson(item(summary, slug, terms.term(new MotionId(id)).orElse(null)), "motion",
                text(motion), motion.description(), motion.debate(), motion.debateReference(), clauses(motion),
                motion.footnotes().stream().map(note -> new MotionJson.Footnote(note.marker(), note.text())).toList(),
                sponsors.isEmpty() ? null : sponsors.get(0), sponsors, voteEvent(motion),
                parts.history(motion.history(), slug, visibleLetters), requests(id, answering, slug, visibleLetters),
                parts.letters(answering, slug), reference(replacements.replaces(), slug),
                reference(replacements.replacedBy(), slug), SourceJson.of(motion.source()));
    }

    private List<MotionJson.Request> requests(long motionId, List<AnsweringLetter> answering, String slug,
            Set<Long> visibleLetters) {
        List<RequestView> split = requests.of(motionId);
        Map<Long, RequestTerm> requestTerms = split.isEmpty() ? Map.of() : terms.requestTerms(List.of(motionId));
        return split.stream().map(request -> {
            RequestTerm term = requestTerms.get(request.id());
            return new MotionJson.Request(request.id(), request.position(), request.text(),
                    ItemParts.status(request.status()), ItemParts.label(request.status()),
                    term == null ? request.dueDate() : term.dueOn(), request.dueDate() != null,
                    term != null && term.late(), term == null ? null : term.lateDays(), request.department(),
                    request.portfolioHolder(), parts.history(request.history(), slug, visibleLetters),
                    parts.letters(answering.stream().filter(letter -> letter.answersRequest(request.id())).toList(),
                            slug));
        }).toList();
    }

    private static List<MotionJson.Clause> clauses(MotionView motion) {
        List<MotionJson.Clause> clauses = new ArrayList<>();
        for (MotionView.ClauseGroup group : motion.clauseGroups()) {
            for (List<TextSegment> clause : group.clauses()) {
                clauses.add(new MotionJson.Clause(clauses.size() + 1, ItemParts.code(group.kind()),
                        group.kind().heading(), plain(clause)));
            }
        }
        return clauses;
    }

    /** The motion's text as it reads: each heading, then its clauses, one a line. */
    private static String text(MotionView motion) {
        return motion.clauseGroups().stream().map(group -> group.kind().heading() + "\n" + group.clauses().stream()
                .map(MotionResources::plain).collect(Collectors.joining("\n"))).collect(Collectors.joining("\n\n"));
    }

    private static String plain(List<TextSegment> segments) {
        return segments.stream().map(TextSegment::text).collect(Collectors.joining());
    }

    private static VoteEventJson voteEvent(MotionView motion) {
        MotionSummary summary = motion.summary();
        if (summary.voteOutcome() == null) {
            return null;
        }
        List<VoteEventJson.Count> counts = new ArrayList<>();
        if (motion.votesFor() != null) {
            counts.add(new VoteEventJson.Count("yes", motion.votesFor()));
        }
        if (motion.votesAgainst() != null) {
            counts.add(new VoteEventJson.Count("no", motion.votesAgainst()));
        }
        return new VoteEventJson(summary.id(), summary.adoptedOn(), ItemParts.code(summary.voteOutcome()), counts,
                motion.partyVotes().stream().map(vote -> new VoteEventJson.Vote(vote.party(),
                        vote.vote() == VotePosition.FOR ? "yes" : "no", vote.seats())).toList());
    }

    static PersonJson person(MemberView member) {
        return new PersonJson(member.id(), member.name(), member.party());
    }

    private ItemRefJson reference(MotionSummary motion, String slug) {
        return motion == null ? null : new ItemRefJson(motion.id(), links.api(Kind.MOTION, motion.id()),
                page(motion, slug), motion.registrationNumber(), motion.title());
    }

    private String page(MotionSummary motion, String slug) {
        return links.page(Kind.MOTION, slug, motion.urlKey());
    }
}
