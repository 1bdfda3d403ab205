package nl.motiemonitor.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.commitment.CommitmentDraft;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.LetterRegistration;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.Lifecycle;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.term.BodyTerm;
import nl.motiemonitor.term.Terms;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data made the way the council makes it: bodies, members, motions, commitments and letters registered through
 * the modules, and every status move through the lifecycle, so the domain's rules hold in tests too. Tests that
 * commit remove their body again with {@link #remove}.
 */
@TestComponent
public class Fixtures {

    /** Who records every change the fixtures make. */
    public static final String CLERK = "griffie";

    private final Bodies bodies;
    private final Motions motions;
    private final Commitments commitments;
    private final LetterRegistration letters;
    private final Terms terms;
    private final JdbcTemplate jdbc;

    Fixtures(Bodies bodies, Motions motions, Commitments commitments, LetterRegistration letters, Terms terms,
            JdbcTemplate jdbc) {
        this.bodies = bodies;
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
        this.terms = terms;
        this.jdbc = jdbc;
    }

    /** A municipality: slug {@code proef} is "Gemeente Proef". */
    public Long body(String slug) {
        return body(slug, "Gemeente " + slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1),
                BodyKind.MUNICIPALITY);
    }

    public Long body(String slug, String name, BodyKind kind) {
        return bodies.register(slug, name, kind, null, null).id();
    }

    /** Adopted motions of the body without a due date get one {@code months} after adoption. */
    public void defaultTerm(Long body, int months) {
        terms.setBodyTerm(new BodyId(body), new BodyTerm(months, List.of()));
    }

    public Long party(Long body, String name, String abbreviation) {
        return bodies.addParty(new BodyId(body), name, abbreviation);
    }

    /** A member of the party group with this name ({@code null}: of none). */
    public Long member(Long body, String name, String partyName) {
        return bodies.addMember(new BodyId(body), name, partyName);
    }

    /** An adopted, published motion, to be described further and then {@link MotionBuilder#register registered}. */
    public MotionBuilder motion(Long body, String number) {
        return new MotionBuilder(body, number);
    }

    /** A published commitment, made today, unless described otherwise. */
    public CommitmentBuilder commitment(Long body, String text) {
        return new CommitmentBuilder(body, text);
    }

    /** A published letter; registering it moves the items it answers. */
    public LetterBuilder letter(Long body) {
        return new LetterBuilder(body);
    }

    public void reportProgress(ItemId item, LocalDate on) {
        lifecycle(item).reportProgress(item, details(on, "Het college is begonnen."));
    }

    public void proposeDischarge(ItemId item, LocalDate on) {
        lifecycle(item).proposeDischarge(item, details(on, "Het college meldt dat het klaar is."));
    }

    public void acceptDischarge(ItemId item, LocalDate on) {
        lifecycle(item).acceptDischarge(item, details(on, "Raadsbesluit."));
    }

    public void rejectDischarge(ItemId item, LocalDate on) {
        lifecycle(item).rejectDischarge(item, details(on, "De raad is nog niet tevreden."));
    }

    public void lapse(ItemId item, LocalDate on) {
        lifecycle(item).lapse(item, details(on, "Achterhaald door een latere motie."));
    }

    /** Proposed and accepted on the same day: the item is discharged. */
    public void discharged(ItemId item, LocalDate on) {
        proposeDischarge(item, on);
        acceptDischarge(item, on);
    }

    public void extendTerm(ItemId item, Long body, LocalDate to) {
        terms.extend(item, new BodyId(body), to, "Uitstelbrief.", CLERK);
    }

    public void assign(ItemId item, Long body, String department, String portfolioHolder) {
        terms.assign(item, new BodyId(body), department, portfolioHolder, CLERK);
    }

    /** The body and its letters, motions, commitments, members and parties, in the order the foreign keys need. */
    public void remove(Long body) {
        jdbc.update("delete from letter_items where letter_id in (select id from letters where body_id = ?)", body);
        for (String table : new String[] {"commitments", "motions", "letters", "members", "parties"}) {
            jdbc.update("delete from " + table + " where body_id = ?", body);
        }
        jdbc.update("delete from bodies where id = ?", body);
    }

    /** Motions or commitments, whichever the item is; both take their own kind of id. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Lifecycle<ItemId> lifecycle(ItemId item) {
        return (Lifecycle) (item instanceof MotionId ? motions : commitments);
    }

    private static StatusChangeDetails details(LocalDate on, String reason) {
        return StatusChangeDetails.of(on, CLERK, reason);
    }

    public final class MotionBuilder {

        private final Long body;
        private final String number;
        private String title;
        private LocalDate adoptedOn;
        private LocalDate dueDate;
        private VoteOutcome outcome = VoteOutcome.ADOPTED;
        private Integer votesFor;
        private Integer votesAgainst;
        private final List<MotionDraft.PartyVoteDraft> partyVotes = new ArrayList<>();
        private boolean published = true;
        private final List<Long> sponsors = new ArrayList<>();
        private final List<MotionDraft.ClauseDraft> clauses = new ArrayList<>();

        private MotionBuilder(Long body, String number) {
            this.body = body;
            this.number = number;
        }

        public MotionBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public MotionBuilder adoptedOn(LocalDate date) {
            this.adoptedOn = date;
            return this;
        }

        public MotionBuilder due(LocalDate date) {
            this.dueDate = date;
            return this;
        }

        /** Not adopted (rejected, withdrawn, held): no lifecycle. */
        public MotionBuilder outcome(VoteOutcome outcome) {
            this.outcome = outcome;
            return this;
        }

        public MotionBuilder unpublished() {
            return published(false);
        }

        /** The totals of the vote and how party groups voted: "GroenLinks", for, 8 seats. */
        public MotionBuilder voted(Integer forVotes, Integer againstVotes, MotionDraft.PartyVoteDraft... parties) {
            this.votesFor = forVotes;
            this.votesAgainst = againstVotes;
            partyVotes.addAll(List.of(parties));
            return this;
        }

        public MotionBuilder published(boolean published) {
            this.published = published;
            return this;
        }

        public MotionBuilder sponsoredBy(Long... members) {
            sponsors.addAll(List.of(members));
            return this;
        }

        public MotionBuilder clause(ClauseKind kind, String text) {
            clauses.add(new MotionDraft.ClauseDraft(kind, text));
            return this;
        }

        /** "verzoekt het college …" */
        public MotionBuilder requesting(String text) {
            return clause(ClauseKind.REQUEST, text);
        }

        public MotionId register() {
            MotionDraft draft = new MotionDraft(body, number, title, null, adoptedOn, null, null, null, outcome,
                    votesFor, votesAgainst, partyVotes, dueDate, sponsors, clauses, List.of(), published);
            return new MotionId(motions.register(draft, details(adoptedOn, "Aangenomen.")));
        }
    }

    public final class CommitmentBuilder {

        private final Long body;
        private final String text;
        private LocalDate madeOn;
        private LocalDate dueDate;
        private Long madeInLetter;
        private Long requestedBy;
        private boolean published = true;

        private CommitmentBuilder(Long body, String text) {
            this.body = body;
            this.text = text;
        }

        public CommitmentBuilder madeOn(LocalDate date) {
            this.madeOn = date;
            return this;
        }

        public CommitmentBuilder due(LocalDate date) {
            this.dueDate = date;
            return this;
        }

        public CommitmentBuilder madeInLetter(Long letter) {
            this.madeInLetter = letter;
            return this;
        }

        public CommitmentBuilder requestedBy(Long member) {
            this.requestedBy = member;
            return this;
        }

        public CommitmentBuilder unpublished() {
            this.published = false;
            return this;
        }

        public CommitmentId register() {
            CommitmentDraft draft = new CommitmentDraft(body, text, madeOn, null, madeInLetter, requestedBy, dueDate,
                    null, published);
            return new CommitmentId(commitments.register(draft, details(madeOn, "Toegezegd.")));
        }
    }

    public final class LetterBuilder {

        private final Long body;
        private LocalDate sentOn;
        private String subject;
        private String reference;
        private String registrationNumber;
        private String sender;
        private String fullText;
        private boolean published = true;
        private final List<LetterAnswer> answers = new ArrayList<>();

        private LetterBuilder(Long body) {
            this.body = body;
        }

        public LetterBuilder about(String subject) {
            this.subject = subject;
            return this;
        }

        public LetterBuilder sentOn(LocalDate date) {
            this.sentOn = date;
            return this;
        }

        public LetterBuilder reference(String reference) {
            this.reference = reference;
            return this;
        }

        public LetterBuilder registrationNumber(String number) {
            this.registrationNumber = number;
            return this;
        }

        public LetterBuilder from(String sender) {
            this.sender = sender;
            return this;
        }

        /** The letter's text, paragraphs split by blank lines. */
        public LetterBuilder saying(String fullText) {
            this.fullText = fullText;
            return this;
        }

        public LetterBuilder unpublished() {
            this.published = false;
            return this;
        }

        public LetterBuilder answering(ItemId item, LetterResponse response) {
            answers.add(LetterAnswer.of(item, response));
            return this;
        }

        public Long register() {
            return letters.register(new LetterDraft(body, sentOn, subject, reference, registrationNumber, null, null,
                    null, null, null, null, null, null, sender, fullText, List.of(), List.of(), answers, published),
                    CLERK);
        }
    }
}
