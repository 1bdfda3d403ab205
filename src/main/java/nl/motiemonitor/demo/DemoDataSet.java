package nl.motiemonitor.demo;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.DatePrecision;

/** The shape of {@code demo/demo-data.json}: the facts the seed letters state, nothing more. */
record DemoDataSet(List<BodyData> bodies) {

    /** {@code defaultTermMonths} or {@code defaultTermDates} ("07-01,12-01"): the body's default term, if any. */
    record BodyData(String slug, String name, BodyKind kind, String cbsCode, String theme, Integer defaultTermMonths,
            String defaultTermDates, List<PartyData> parties, List<MemberData> members, List<MotionData> motions,
            List<CommitmentData> commitments, List<LetterData> letters) {
    }

    record PartyData(String name, String abbreviation) {
    }

    record MemberData(String name, String party) {
    }

    record MotionData(String registrationNumber, String title, String summary, LocalDate adoptedOn,
            DatePrecision adoptedOnPrecision, String debate, String debateReference, List<String> sponsors,
            VoteOutcome voteOutcome, Integer votesFor, Integer votesAgainst, LocalDate dueDate,
            List<ClauseData> clauses, List<MotionFootnoteData> footnotes, Boolean perRequest) {

        /** Whether the motion is tracked per request (split into its requests when it is loaded). */
        boolean splitIntoRequests() {
            return Boolean.TRUE.equals(perRequest);
        }
    }

    record ClauseData(ClauseKind kind, String text) {
    }

    record MotionFootnoteData(String marker, int clause, String anchor, String text) {
    }

    record CommitmentData(String key, String text, LocalDate madeOn, String madeIn, String madeInLetter,
            String requestedBy, LocalDate dueDate, String dueDateText) {
    }

    record LetterData(String key, LocalDate date, String subject, String reference, String registrationNumber,
            String yourReference, String addressee, String contact, String department, String unit, String phone,
            String email, Integer attachments, String sender, List<SignatoryData> signatories, String textFile,
            List<LetterFootnoteData> footnotes, List<AnswerData> answers) {
    }

    record SignatoryData(String name, String role) {
    }

    record LetterFootnoteData(String marker, int paragraph, String anchor, String text) {
    }

    /** {@code requests}: the numbers (1, 2, …) of the requests of a motion tracked per request it answers; none: all. */
    record AnswerData(String motion, String commitment, LetterResponse response, List<Integer> requests) {
    }
}
