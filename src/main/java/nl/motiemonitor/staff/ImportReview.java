package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.motiemonitor.importing.LetterParagraphs;
import nl.motiemonitor.importing.ReadDocument;
import nl.motiemonitor.importing.Sourced;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.DatePrecision;

/**
 * Turns what the reader recognised into the review form, and remembers per form field the snippet of the document
 * it came from, so the clerk sees why each value is there (and which ones the reader could not find).
 */
record ImportReview(ImportForm form, Map<String, String> sources, List<String> warnings, boolean dischargeAndMore,
        String discharge) {

    private static final int SNIPPET = 240;
    /**
     * The most rows of each kind the form shows (issue 12): a hostile text can name twenty thousand motions, and each
     * row is a form to render and a number to look up. A real letter answers a few.
     */
    static final int MAX_ROWS = 200;

    static ImportReview of(ReadDocument read, StaffText words) {
        String text = read.text();
        List<String> warnings = new java.util.ArrayList<>(read.warnings().stream().map(words::get).toList());
        read = withAtMost(read, warnings, words);
        Map<String, String> sources = new LinkedHashMap<>();
        ImportForm form = new ImportForm();
        form.setMotionDocument(read.kind() == ReadDocument.Kind.MOTION);
        form.setSentOn(value(read.date(), "sentOn", text, sources));
        form.setSubject(value(read.subject(), "subject", text, sources));
        form.setReference(value(read.reference(), "reference", text, sources));
        if (!read.registrationNumbers().isEmpty()) {
            form.setRegistrationNumber(value(read.registrationNumbers().get(0), "registrationNumber", text, sources));
        }
        if (read.contact() != null) {
            form.setContactName(value(read.contact().name(), "contactName", text, sources));
            form.setDepartment(value(read.contact().department(), "department", text, sources));
            form.setUnit(value(read.contact().unit(), "unit", text, sources));
            form.setPhone(value(read.contact().phone(), "phone", text, sources));
            form.setEmail(value(read.contact().email(), "email", text, sources));
        }
        form.setSender(value(read.sender(), "sender", text, sources));
        form.setResponsibleDepartment(form.getDepartment());
        form.setAssignDepartment(form.getDepartment() != null);
        form.setFullText(form.isMotionDocument() ? text : LetterParagraphs.join(text));
        for (ReadDocument.Signatory signatory : read.signatories()) {
            SignatoryRow row = new SignatoryRow();
            int i = form.getSignatories().size();
            row.setName(value(signatory.name(), "signatories[" + i + "].name", text, sources));
            row.setRole(value(signatory.role(), "signatories[" + i + "].role", text, sources));
            form.getSignatories().add(row);
        }
        LetterResponse response = switch (read.dischargeValue()) {
            case CLAIMED -> LetterResponse.DISCHARGE_CLAIMED;
            case POSTPONED -> LetterResponse.POSTPONED;
            case NOT_DISCHARGED -> LetterResponse.NOT_DISCHARGED;
            case PROGRESS, NONE -> LetterResponse.PROGRESS_ONLY;
        };
        // a postponement names its new term in what it promises: "Ik verwacht uw Kamer voor 1 juli 2021 te informeren"
        ReadDocument.Promise newTerm = response != LetterResponse.POSTPONED ? null
                : read.promises().stream().filter(p -> p.dueDate() != null).findFirst().orElse(null);
        LocalDate newDueDate = newTerm == null ? null : newTerm.dueDate();
        if (!form.isMotionDocument()) {
            form.getAnswers().add(new AnswerRow(null, response, newDueDate));
        }
        for (ReadDocument.Motion motion : read.motions()) {
            int m = form.getMotions().size();
            String prefix = "motions[" + m + "].";
            ImportedMotion row = new ImportedMotion();
            row.setNumber(value(motion.number(), prefix + "number", text, sources));
            row.setTitle(value(motion.title(), prefix + "title", text, sources));
            row.setAdoptedOn(value(motion.adoptedOn(), prefix + "adoptedOn", text, sources));
            row.setAdoptedOnPrecision(motion.adoptedOnPrecision() == null ? DatePrecision.DAY
                    : DatePrecision.valueOf(motion.adoptedOnPrecision().name()));
            row.setDebate(value(motion.debate(), prefix + "debate", text, sources));
            row.setDebateReference(value(motion.debateReference(), prefix + "debateReference", text, sources));
            row.setSponsors(motion.sponsors().stream().map(Sourced::value).collect(Collectors.joining("\n")));
            row.setResponse(response);
            row.setNewDueDate(newDueDate);
            if (newTerm != null && newTerm.source() != null) {
                sources.put(prefix + "newDueDate", snippet(newTerm.source().of(text)));
            }
            ReadDocument.Outcome outcome = value(motion.outcome(), prefix + "voteOutcome", text, sources);
            // a letter answers adopted motions; a motion document says how it went, or the clerk must choose
            row.setVoteOutcome(outcome != null ? VoteOutcome.valueOf(outcome.name())
                    : form.isMotionDocument() ? null : VoteOutcome.ADOPTED);
            row.setPartiesFor(parties(motion.partiesFor(), prefix + "partiesFor", text, sources));
            row.setPartiesAgainst(parties(motion.partiesAgainst(), prefix + "partiesAgainst", text, sources));
            for (ReadDocument.Footnote footnote : motion.footnotes()) {
                if (footnote.clause() >= 0 && footnote.anchor() != null) {
                    row.getFootnotes().add(new FootnoteRow(footnote.marker(), footnote.clause() + 1,
                            footnote.anchor(), footnote.text()));
                }
            }
            for (ReadDocument.Clause clause : motion.clauses()) {
                row.getClauses().add(new ClauseRow(ClauseKind.valueOf(clause.kind().name()), clause.text()));
            }
            form.getMotions().add(row);
        }
        for (ReadDocument.Promise promise : read.promises()) {
            int p = form.getPromises().size();
            PromiseRow row = new PromiseRow();
            row.setText(promise.text());
            row.setDueDate(promise.dueDate());
            row.setDueDateText(promise.dueDateText());
            if (promise.source() != null) {
                sources.put("promises[" + p + "].text", snippet(promise.source().of(text)));
            }
            form.getPromises().add(row);
        }
        if (read.discharge() != null && read.discharge().source() != null) {
            sources.put("discharge", snippet(read.discharge().source().of(text)));
        }
        return new ImportReview(form, sources, warnings, read.claimsDischargeAndPromisesMore(),
                words.get("staff.import.discharge." + read.dischargeValue().name()));
    }

    /** The reading with at most {@link #MAX_ROWS} motions, clauses, footnotes, promises and signatories, and why. */
    private static ReadDocument withAtMost(ReadDocument read, List<String> warnings, StaffText words) {
        Rows rows = new Rows(warnings, words);
        List<ReadDocument.Motion> motions = rows.first(read.motions(), "motions").stream()
                .map(m -> new ReadDocument.Motion(m.title(), m.number(), m.adoptedOn(), m.adoptedOnPrecision(), m.debate(),
                        m.debateReference(), rows.first(m.sponsors(), "sponsors"), m.outcome(), m.partiesFor(),
                        m.partiesAgainst(), rows.first(m.clauses(), "clauses"),
                        rows.first(m.footnotes(), "footnotes"), m.source()))
                .toList();
        return new ReadDocument(read.text(), read.kind(), read.date(), read.subject(), read.reference(),
                read.yourReference(), read.registrationNumbers(), read.addressee(), read.contact(), read.attachments(),
                read.sender(), rows.first(read.signatories(), "signatories"), read.discharge(), motions,
                rows.first(read.promises(), "promises"), read.claimsDischargeAndPromisesMore(), read.footnotes(),
                read.otherReferences(), read.items(), read.warnings());
    }

    /** Cuts lists to {@link #MAX_ROWS}, warning once per kind ({@code staff.import.tooMany.<kind>}). */
    private record Rows(List<String> warnings, StaffText words) {

        <T> List<T> first(List<T> rows, String kind) {
            if (rows.size() <= MAX_ROWS) {
                return rows;
            }
            String warning = words.get("staff.import.tooMany", MAX_ROWS, words.get("staff.import.tooMany." + kind));
            if (!warnings.contains(warning)) {
                warnings.add(warning);
            }
            return rows.subList(0, MAX_ROWS);
        }
    }

    /** "GroenLinks, PvdA", as the vote fields take it, with the snippet of the first. */
    private static String parties(List<Sourced<String>> parties, String field, String text,
            Map<String, String> sources) {
        if (parties.isEmpty()) {
            return null;
        }
        value(parties.get(0), field, text, sources);
        return parties.stream().map(Sourced::value).collect(Collectors.joining(", "));
    }

    private static <T> T value(Sourced<T> sourced, String field, String text, Map<String, String> sources) {
        if (sourced == null || sourced.value() == null) {
            return null;
        }
        if (sourced.source() != null) {
            sources.put(field, snippet(sourced.source().of(text)));
        }
        return sourced.value();
    }

    private static String snippet(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1) + "…";
    }
}
