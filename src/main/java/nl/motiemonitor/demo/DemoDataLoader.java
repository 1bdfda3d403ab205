package nl.motiemonitor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentDraft;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.demo.DemoDataSet.BodyData;
import nl.motiemonitor.demo.DemoDataSet.CommitmentData;
import nl.motiemonitor.demo.DemoDataSet.LetterData;
import nl.motiemonitor.demo.DemoDataSet.MotionData;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.LetterFootnote;
import nl.motiemonitor.letter.Signatory;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.MotionRequests;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.motion.RequestView;
import nl.motiemonitor.shared.AuditContext;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.letter.LetterRegistration;
import nl.motiemonitor.term.BodyTerm;
import nl.motiemonitor.term.Terms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the demo data set into bodies, motions, commitments and letters through the modules' own APIs, so the status
 * history tells the story: adopted → (progress) → discharge proposed. Each body is loaded in one transaction, and
 * only when it does not exist yet, which makes loading idempotent.
 */
@Service
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String RECORDED_BY = "Motiemonitor (demogegevens)";
    private static final String LOCATION = "demo/";

    private final Bodies bodies;
    private final Motions motions;
    private final Commitments commitments;
    private final LetterRegistration letterRegistration;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Terms terms;
    private final MotionRequests requests;

    DemoDataLoader(Bodies bodies, Motions motions, Commitments commitments, LetterRegistration letterRegistration,
            JsonMapper json, TransactionTemplate transactions, Terms terms, MotionRequests requests) {
        this.terms = terms;
        this.requests = requests;
        this.bodies = bodies;
        this.motions = motions;
        this.commitments = commitments;
        this.letterRegistration = letterRegistration;
        this.json = json;
        this.transactions = transactions;
    }

    /** Loads every body of the demo data set that is not there yet; returns how many were added. */
    public int load() {
        DemoDataSet dataSet = read();
        int added = 0;
        for (BodyData body : dataSet.bodies()) {
            Boolean loaded = AuditContext.as(RECORDED_BY, "Demogegevens uit de zaadbrieven",
                    () -> transactions.execute(status -> {
                        if (bodies.exists(body.slug())) {
                            return false;
                        }
                        loadBody(body);
                        return true;
                    }));
            if (Boolean.TRUE.equals(loaded)) {
                added++;
            }
        }
        log.info("Demo data: {} of {} bodies added", added, dataSet.bodies().size());
        return added;
    }

    private DemoDataSet read() {
        try (InputStream in = new ClassPathResource(LOCATION + "demo-data.json").getInputStream()) {
            return json.readValue(in, DemoDataSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data", e);
        }
    }

    private void loadBody(BodyData data) {
        BodyView body = bodies.register(data.slug(), data.name(), data.kind(), data.cbsCode(), data.theme());
        if (data.defaultTermMonths() != null || data.defaultTermDates() != null) {
            terms.setBodyTerm(body.bodyId(),
                    new BodyTerm(data.defaultTermMonths(), Terms.parseDates(data.defaultTermDates())));
        }
        data.parties().forEach(party -> bodies.addParty(body.bodyId(), party.name(), party.abbreviation()));
        Map<String, Long> memberIds = new HashMap<>();
        data.members().forEach(member -> memberIds.put(member.name(),
                bodies.addMember(body.bodyId(), member.name(), member.party())));

        Map<String, Long> motionIds = new HashMap<>();
        for (MotionData motion : data.motions()) {
            Long motionId = motions.register(motionDraft(body, motion, memberIds),
                    StatusChangeDetails.of(motion.adoptedOn(), RECORDED_BY, adoptionReason(motion)));
            motionIds.put(motion.registrationNumber(), motionId);
            if (motion.splitIntoRequests()) {
                requests.split(body.bodyId(), motionId, RECORDED_BY);
            }
        }

        Map<String, Long> commitmentIds = new HashMap<>();
        // in date order, so the numbers the portal gives them (2019-1, 2019-2, …) follow the calendar
        data.commitments().stream().filter(commitment -> commitment.madeInLetter() == null)
                .sorted(Comparator.comparing(CommitmentData::madeOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(commitment -> registerCommitment(body, commitment, null, memberIds, commitmentIds));
        List<LetterData> byDate = data.letters().stream()
                .sorted(Comparator.comparing(LetterData::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (LetterData letter : byDate) {
            Long letterId = letterRegistration.register(letterDraft(body, letter, motionIds, commitmentIds),
                    RECORDED_BY);
            data.commitments().stream().filter(commitment -> letter.key().equals(commitment.madeInLetter()))
                    .forEach(commitment -> registerCommitment(body, commitment, letterId, memberIds, commitmentIds));
        }
    }

    private static MotionDraft motionDraft(BodyView body, MotionData motion, Map<String, Long> memberIds) {
        return new MotionDraft(body.id(), motion.registrationNumber(), motion.title(), motion.summary(),
                motion.adoptedOn(), motion.adoptedOnPrecision(), motion.debate(), motion.debateReference(),
                motion.voteOutcome(), motion.votesFor(), motion.votesAgainst(), List.of(), motion.dueDate(),
                motion.sponsors().stream().map(name -> require(memberIds, name, "member")).toList(),
                motion.clauses().stream().map(clause -> new MotionDraft.ClauseDraft(clause.kind(), clause.text()))
                        .toList(),
                motion.footnotes().stream().map(footnote -> new MotionDraft.FootnoteDraft(footnote.marker(),
                        footnote.clause(), footnote.anchor(), footnote.text())).toList(),
                true);
    }

    private static String adoptionReason(MotionData motion) {
        StringBuilder reason = new StringBuilder("Motie aangenomen door de raad");
        if (motion.debate() != null) {
            reason.append(" bij de bespreking van '").append(motion.debate()).append('\'');
        }
        return reason.append('.').toString();
    }

    private void registerCommitment(BodyView body, CommitmentData commitment, Long letterId,
            Map<String, Long> memberIds, Map<String, Long> commitmentIds) {
        CommitmentDraft draft = new CommitmentDraft(body.id(), commitment.text(), commitment.madeOn(),
                commitment.madeIn(), letterId,
                commitment.requestedBy() == null ? null : require(memberIds, commitment.requestedBy(), "member"),
                commitment.dueDate(), commitment.dueDateText(), true);
        String reason = "Toegezegd" + (commitment.madeIn() == null ? "." : " in: " + commitment.madeIn() + ".");
        commitmentIds.put(commitment.key(), commitments.register(draft,
                StatusChangeDetails.of(commitment.madeOn(), RECORDED_BY, reason)));
    }

    private LetterDraft letterDraft(BodyView body, LetterData letter, Map<String, Long> motionIds,
            Map<String, Long> commitmentIds) {
        List<LetterAnswer> answers = letter.answers().stream().map(answer -> answer.motion() != null
                ? motionAnswer(require(motionIds, answer.motion(), "motion"), answer)
                : LetterAnswer.of(new CommitmentId(require(commitmentIds, answer.commitment(), "commitment")),
                        answer.response()))
                .toList();
        return new LetterDraft(body.id(), letter.date(), letter.subject(), letter.reference(),
                letter.registrationNumber(), letter.yourReference(), letter.addressee(), letter.contact(),
                letter.department(), letter.unit(), letter.phone(), letter.email(), letter.attachments(),
                letter.sender(), letter.textFile() == null ? null : readText("letters/" + letter.textFile()),
                letter.signatories().stream().map(s -> new Signatory(s.name(), s.role())).toList(),
                letter.footnotes().stream().map(f -> new LetterFootnote(f.marker(), f.paragraph(), f.anchor(),
                        f.text())).toList(),
                answers, true);
    }

    /** The answer to a motion; for one tracked per request, to the requests the data names by number. */
    private LetterAnswer motionAnswer(Long motionId, DemoDataSet.AnswerData answer) {
        LetterAnswer whole = LetterAnswer.of(new MotionId(motionId), answer.response());
        if (answer.requests() == null || answer.requests().isEmpty()) {
            return whole;
        }
        return whole.forRequests(requests.of(motionId).stream()
                .filter(request -> answer.requests().contains(request.position())).map(RequestView::id).toList());
    }

    private static String readText(String name) {
        try (InputStream in = new ClassPathResource(LOCATION + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo letter " + name, e);
        }
    }

    private static Long require(Map<String, Long> ids, String key, String what) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("Demo data names an unknown " + what + ": " + key);
        }
        return id;
    }
}
