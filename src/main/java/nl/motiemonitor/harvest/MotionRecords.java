package nl.motiemonitor.harvest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionCatalog.EditableMotion;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Component;

/**
 * Harvested motions as the body's motions: number, title, text (the motion's summary), the day and outcome of the
 * vote, the totals and each party group's vote, the sponsors (members found by name and party, or added), the term
 * and, once adopted, the portfolio holder. A motion not decided yet is left until it is.
 */
@Component
class MotionRecords extends RecordStore<HarvestedMotion> {

    static final String NUMBER = "number";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String DECIDED_ON = "decidedOn";
    static final String OUTCOME = "outcome";
    static final String VOTES_FOR = "votesFor";
    static final String VOTES_AGAINST = "votesAgainst";
    static final String PARTY_VOTES = "partyVotes";
    static final String SPONSORS = "sponsors";
    static final String DUE_DATE = "dueDate";
    static final String PORTFOLIO_HOLDER = "portfolioHolder";

    private static final int NUMBER_LENGTH = 40;
    private static final int TITLE_LENGTH = 500;

    private final Motions motions;
    private final MotionCatalog catalog;
    private final Bodies bodies;
    private final Terms terms;

    MotionRecords(ConflictStore conflicts, Motions motions, MotionCatalog catalog, Bodies bodies, Terms terms) {
        super(conflicts);
        this.motions = motions;
        this.catalog = catalog;
        this.bodies = bodies;
        this.terms = terms;
    }

    @Override
    HarvestedRecord.Kind kind() {
        return HarvestedRecord.Kind.MOTION;
    }

    @Override
    Map<String, String> incoming(HarvestedMotion motion) {
        LocalDate due = motion.dueDate() != null && motion.decidedOn() != null
                && motion.dueDate().isBefore(motion.decidedOn()) ? null : motion.dueDate();
        return FieldValues.builder()
                .put(NUMBER, FieldValues.text(motion.number(), NUMBER_LENGTH))
                .put(TITLE, FieldValues.text(motion.title(), TITLE_LENGTH))
                .put(TEXT, motion.text())
                .put(DECIDED_ON, motion.decidedOn())
                .put(OUTCOME, motion.outcome())
                .put(VOTES_FOR, motion.votesFor())
                .put(VOTES_AGAINST, motion.votesAgainst())
                .lines(PARTY_VOTES, motion.partyVotes().stream().filter(vote -> vote.position() != null)
                        .map(vote -> partyVote(vote.party(), vote.position(), vote.seats())).toList())
                .lines(SPONSORS, motion.sponsors().stream().filter(name -> name != null && !name.isBlank())
                        .map(name -> MemberName.parse(name).line()).toList())
                .put(DUE_DATE, due)
                .put(PORTFOLIO_HOLDER, motion.outcome() != null && motion.outcome().adopted()
                        ? motion.portfolioHolder() : null)
                .build();
    }

    @Override
    Optional<Long> findBySource(HarvestContext context, String sourceId) {
        return catalog.findBySource(context.body(), context.kind().name(), sourceId);
    }

    @Override
    Optional<Long> unsourced(HarvestContext context, HarvestedMotion motion) {
        return catalog.findByNumber(context.body(), number(motion))
                .flatMap(found -> catalog.editable(context.body(), found.id()))
                .filter(found -> found.source() == null).map(EditableMotion::id);
    }

    @Override
    Optional<Long> register(HarvestContext context, HarvestedMotion motion) {
        if (motion.outcome() == null) {
            return Optional.empty();
        }
        Map<String, String> values = incoming(motion);
        MotionDraft draft = withValues(new MotionDraft(context.bodyId(), number(motion), null, null, null,
                DatePrecision.DAY, null, null, motion.outcome(), null, null, List.of(), null, List.of(), List.of(),
                List.of(), context.publish()), values);
        long id = motions.register(draft, sponsors(values), context.details(draft.adoptedOn(), context.reason()));
        assign(context, id, values);
        return Optional.of(id);
    }

    @Override
    Map<String, String> current(HarvestContext context, long id) {
        EditableMotion editable = editable(context, id);
        MotionDraft draft = editable.draft();
        return FieldValues.builder()
                .put(NUMBER, draft.registrationNumber())
                .put(TITLE, draft.title())
                .put(TEXT, draft.summary())
                .put(DECIDED_ON, draft.adoptedOn())
                .put(OUTCOME, draft.voteOutcome())
                .put(VOTES_FOR, draft.votesFor())
                .put(VOTES_AGAINST, draft.votesAgainst())
                .lines(PARTY_VOTES, draft.partyVotes().stream()
                        .map(vote -> partyVote(vote.party(), vote.vote(), vote.seats())).toList())
                .lines(SPONSORS, bodies.members(draft.sponsorIds()).stream()
                        .map(member -> new MemberName(member.name(), member.party()).line()).toList())
                .put(DUE_DATE, draft.dueDate())
                .put(PORTFOLIO_HOLDER, terms.term(new MotionId(id)).map(ItemTerm::portfolioHolder).orElse(null))
                .build();
    }

    @Override
    void apply(HarvestContext context, long id, Map<String, String> values, HarvestedMotion motion) {
        EditableMotion editable = editable(context, id);
        if (values.keySet().stream().anyMatch(field -> !PORTFOLIO_HOLDER.equals(field))) {
            MotionDraft draft = withValues(editable.draft(), values);
            List<MemberName> typed = List.of();
            if (values.containsKey(SPONSORS)) {
                draft = draft.withSponsorIds(List.of());
                typed = sponsors(values);
            }
            motions.revise(context.body(), id, editable.version(), draft, typed,
                    context.details(draft.adoptedOn(), context.reason()));
        }
        assign(context, id, values);
    }

    /** An adopted motion cannot be un-adopted: the clerk decides. */
    @Override
    boolean applicable(String field, String current, String incoming) {
        return !OUTCOME.equals(field) || current == null || !VoteOutcome.valueOf(current).adopted()
                || VoteOutcome.valueOf(incoming).adopted();
    }

    @Override
    ItemSource source(HarvestContext context, long id) {
        return editable(context, id).source();
    }

    @Override
    void recordSource(HarvestContext context, long id, ItemSource source) {
        motions.recordSource(context.body(), id, source);
    }

    @Override
    boolean published(HarvestContext context, long id) {
        return editable(context, id).draft().published();
    }

    @Override
    void publish(HarvestContext context, long id, boolean published) {
        EditableMotion editable = editable(context, id);
        MotionDraft draft = editable.draft();
        if (draft.published() != published) {
            motions.revise(context.body(), id, editable.version(), draft.withPublished(published), List.of(),
                    context.details(draft.adoptedOn(), context.reason()));
        }
    }

    /** The registration number: the source's, else its id of the record. */
    private static String number(HarvestedMotion motion) {
        String number = FieldValues.text(motion.number(), NUMBER_LENGTH);
        return number != null ? number : FieldValues.text(motion.sourceId(), NUMBER_LENGTH);
    }

    /** "VVD|FOR|24": a party group's vote in the harvest's notation. */
    private static String partyVote(String party, VotePosition position, Integer seats) {
        return FieldValues.text(party) + "|" + position.name() + "|" + (seats == null ? "" : seats);
    }

    private static List<MemberName> sponsors(Map<String, String> values) {
        return FieldValues.lines(values.get(SPONSORS)).stream().map(MemberName::parse).toList();
    }

    private void assign(HarvestContext context, long id, Map<String, String> values) {
        if (values.containsKey(PORTFOLIO_HOLDER)) {
            MotionId motion = new MotionId(id);
            terms.assign(motion, context.body(), terms.term(motion).map(ItemTerm::department).orElse(null),
                    values.get(PORTFOLIO_HOLDER), HarvestContext.ACTOR);
        }
    }

    private EditableMotion editable(HarvestContext context, long id) {
        return catalog.editable(context.body(), id)
                .orElseThrow(() -> new IllegalStateException("Motie " + id + " bestaat niet meer."));
    }

    /** The draft with these fields' values (in the harvest's notation); the others as they are. */
    private static MotionDraft withValues(MotionDraft draft, Map<String, String> values) {
        return new MotionDraft(draft.bodyId(),
                values.containsKey(NUMBER) ? values.get(NUMBER) : draft.registrationNumber(),
                values.containsKey(TITLE) ? values.get(TITLE) : draft.title(),
                values.containsKey(TEXT) ? values.get(TEXT) : draft.summary(),
                values.containsKey(DECIDED_ON) ? FieldValues.date(values.get(DECIDED_ON)) : draft.adoptedOn(),
                draft.adoptedOnPrecision(), draft.debate(), draft.debateReference(),
                values.containsKey(OUTCOME) ? VoteOutcome.valueOf(values.get(OUTCOME)) : draft.voteOutcome(),
                values.containsKey(VOTES_FOR) ? FieldValues.number(values.get(VOTES_FOR)) : draft.votesFor(),
                values.containsKey(VOTES_AGAINST) ? FieldValues.number(values.get(VOTES_AGAINST))
                        : draft.votesAgainst(),
                values.containsKey(PARTY_VOTES) ? partyVotes(values.get(PARTY_VOTES)) : draft.partyVotes(),
                values.containsKey(DUE_DATE) ? FieldValues.date(values.get(DUE_DATE)) : draft.dueDate(),
                draft.sponsorIds(), draft.clauses(), draft.footnotes(), draft.published());
    }

    private static List<MotionDraft.PartyVoteDraft> partyVotes(String lines) {
        return FieldValues.lines(lines).stream().map(line -> line.split("\\|", -1))
                .map(parts -> new MotionDraft.PartyVoteDraft(parts[0], VotePosition.valueOf(parts[1]),
                        parts[2].isEmpty() ? null : Integer.valueOf(parts[2])))
                .toList();
    }
}
