package nl.motiemonitor.staff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.importing.DocumentExtractor;
import nl.motiemonitor.importing.DocumentReadException;
import nl.motiemonitor.importing.ReadDocument;
import nl.motiemonitor.letter.DuplicateLetterReferenceException;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.AuditContext;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a letter or motion from its PDF or text: upload or paste, the reader fills a review form, the clerk
 * corrects and confirms. Nothing is stored in the portal's data before that confirmation.
 */
@Controller
class ImportController {

    static final int MAX_FILES = 10;
    static final int MAX_PASTED_CHARS = 500_000;

    private final StaffAccess access;
    private final PendingImports pending;
    private final ImportService imports;
    private final MotionCatalog motions;
    private final LetterCatalog letters;
    private final ItemChoices itemChoices;
    private final SmartValidator validator;
    private final ImportReadings readings;
    private final StaffText text;
    private final RequestNumbers requestNumbers;

    ImportController(StaffAccess access, PendingImports pending, ImportService imports, MotionCatalog motions,
            LetterCatalog letters, ItemChoices itemChoices, SmartValidator validator, ImportReadings readings,
            StaffText text, RequestNumbers requestNumbers) {
        this.text = text;
        this.requestNumbers = requestNumbers;
        this.itemChoices = itemChoices;
        this.readings = readings;
        this.access = access;
        this.pending = pending;
        this.imports = imports;
        this.motions = motions;
        this.letters = letters;
        this.validator = validator;
    }

    @GetMapping("/beheer/{body}/import")
    String start(@PathVariable("body") String slug, Model model) {
        BodyView body = access.editable(slug);
        model.addAttribute("body", body);
        model.addAttribute("pending", pending.list(body.id()));
        return "admin/import/start";
    }

    @PostMapping("/beheer/{body}/import")
    String upload(@PathVariable("body") String slug,
            @RequestParam(name = "bestanden", required = false) List<MultipartFile> files,
            @RequestParam(name = "tekst", required = false) String pasted, Model model, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> !file.isEmpty() || !blankName(file)).toList();
        List<String> problems = new ArrayList<>();
        List<UUID> created = new ArrayList<>();
        boolean busy = false;
        if (chosen.size() > MAX_FILES) {
            problems.add(text.get("staff.import.tooManyFiles", MAX_FILES));
        } else {
            for (MultipartFile file : chosen) {
                String name = safeName(file.getOriginalFilename());
                if (busy) {
                    problems.add(text.get("staff.import.notRead", name));
                    continue;
                }
                try {
                    readings.checkSize(file.getSize());
                    byte[] content = file.getBytes();
                    ImportReadings.Read read = readings.file(name, content);
                    UUID id = pending.add(body.id(), access.user().username(), name,
                            read.text().format() == DocumentExtractor.Format.PDF ? "application/pdf" : "text/plain",
                            content, read.text().text());
                    readings.keep(id, read.document());
                    created.add(id);
                } catch (DocumentReadException e) {
                    busy = e.reason() == DocumentReadException.Reason.BUSY;
                    problems.add(problem(e, text.get("staff.import.fileProblem", name, text.get(e.message()))));
                } catch (IOException e) {
                    problems.add(text.get("staff.import.unreadable", name));
                }
            }
        }
        if (pasted != null && !pasted.isBlank()) {
            if (pasted.length() > MAX_PASTED_CHARS) {
                problems.add(text.get("staff.import.pastedTooLong", MAX_PASTED_CHARS));
            } else if (!busy) {
                try {
                    ReadDocument read = readings.pasted(pasted);
                    UUID id = pending.add(body.id(), access.user().username(), null, null, null, pasted);
                    readings.keep(id, read);
                    created.add(id);
                } catch (DocumentReadException e) {
                    problems.add(problem(e, text.get("staff.import.pastedProblem", text.get(e.message()))));
                }
            }
        }
        if (chosen.isEmpty() && (pasted == null || pasted.isBlank())) {
            problems.add(text.get("staff.import.nothingChosen"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("body", body);
            model.addAttribute("pending", pending.list(body.id()));
            model.addAttribute("problems", problems);
            model.addAttribute("pasted", pasted);
            return "admin/import/start";
        }
        if (created.size() == 1) {
            return "redirect:/beheer/" + slug + "/import/" + created.get(0);
        }
        redirect.addFlashAttribute("notice", text.get("staff.import.readMany", created.size()));
        return "redirect:/beheer/" + slug + "/import";
    }

    @GetMapping("/beheer/{body}/import/{id}")
    String review(@PathVariable("body") String slug, @PathVariable("id") String id, Model model,
            RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        PendingImports.Pending document = find(body, id);
        if (RegisterController.isRegisterFile(document)) {
            return register(slug, document);
        }
        ImportReview review;
        try {
            ReadDocument read = readings.reading(document);
            if (read.kind() == ReadDocument.Kind.LIST) {
                return register(slug, document);
            }
            review = ImportReview.of(read, text);
        } catch (DocumentReadException e) {
            return busy(slug, e, redirect);
        }
        linkByTitle(body, review.form());
        return reviewPage(body, document, review.form(), review, model);
    }

    /** A register (CSV, Excel) or a list document: its rows are previewed and saved as a register. */
    private static String register(String slug, PendingImports.Pending document) {
        return "redirect:/beheer/" + slug + "/register/" + document.id();
    }

    /** No turn to read the document again now: back to the import page, saying so. */
    private String busy(String slug, DocumentReadException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problems", List.of(problem(e, text.get(e.message()))));
        return "redirect:/beheer/" + slug + "/import";
    }

    /** "Too busy" on its own, or {@code otherwise} (with the reader's message): in the page's language. */
    private String problem(DocumentReadException e, String otherwise) {
        return e.reason() == DocumentReadException.Reason.BUSY ? text.get("staff.import.busy") : otherwise;
    }

    /** A motion read without a number is the body's motion of the same title, when there is exactly one. */
    private void linkByTitle(BodyView body, ImportForm form) {
        for (ImportedMotion row : form.getMotions()) {
            if (isBlank(row.getNumber()) && !isBlank(row.getTitle())) {
                motions.findByTitle(body.bodyId(), row.getTitle().strip())
                        .ifPresent(existing -> row.setNumber(existing.registrationNumber()));
            }
        }
    }

    @PostMapping("/beheer/{body}/import/{id}")
    String save(@PathVariable("body") String slug, @PathVariable("id") String id,
            @ModelAttribute("importForm") ImportForm form, BindingResult errors,
            @RequestParam(name = "rij", required = false) String rowAction, Model model,
            RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        PendingImports.Pending document = find(body, id);
        if (RegisterController.isRegisterFile(document)) {
            return register(slug, document);
        }
        ReadDocument read;
        try {
            read = readings.reading(document);
        } catch (DocumentReadException e) {
            return busy(slug, e, redirect);
        }
        if (read.kind() == ReadDocument.Kind.LIST) {
            return register(slug, document);
        }
        if (RowAction.parse(rowAction).map(action -> {
            action.apply("onderwerpen", form.getAnswers(), AnswerRow::new);
            return true;
        }).orElse(false)) {
            return reviewPage(body, document, form, ImportReview.of(read, text), model);
        }
        validate(body, form, errors);
        if (!errors.hasErrors()) {
            String user = access.user().username();
            try {
                ImportService.Saved saved = AuditContext.as(user, "Geïmporteerd uit " + document.sourceName(),
                        () -> imports.save(body, document, form, access.user().displayName()));
                readings.forget(document.id());
                redirect.addFlashAttribute("notice", text.get("staff.import.saved"));
                return "redirect:/beheer/" + slug + "/" + saved.kind() + "/" + saved.id();
            } catch (DuplicateLetterReferenceException e) {
                errors.rejectValue("reference", e.code(), e.arguments(), e.getMessage());
            } catch (DomainRuleViolation e) {
                errors.reject(e.code(), e.arguments(), e.getMessage());
            }
        }
        return reviewPage(body, document, form, ImportReview.of(read, text), model);
    }

    /** Bean Validation, and what spans fields: the vote of each motion, what the letter does with each item. */
    private void validate(BodyView body, ImportForm form, BindingResult errors) {
        validator.validate(form, errors);
        if (!form.isMotionDocument() && form.getSentOn() == null && form.getSubject() == null
                && form.getFullText() == null && !errors.hasFieldErrors("sentOn")) {
            errors.reject("staff.letter.empty");
        }
        for (int i = 0; i < form.getMotions().size(); i++) {
            ImportedMotion row = form.getMotions().get(i);
            String prefix = "motions[" + i + "].";
            row.validateVote(prefix, errors);
            if (!form.isMotionDocument()) {
                row.answeringRequests(requestNumbers.read(existingRequests(body, row), row.getRequests(),
                        prefix + "requests", errors));
            }
            if (!form.isMotionDocument() && row.getResponse() == LetterResponse.POSTPONED
                    && row.getNewDueDate() == null && !errors.hasFieldErrors(prefix + "newDueDate")) {
                errors.rejectValue(prefix + "newDueDate", "staff.answer.newDueDate.required");
            }
        }
        if (!form.isMotionDocument()) {
            AnswerRow.validate("answers", form.getAnswers(), itemChoices.of(body, true).stream()
                    .map(ItemChoices.ItemChoice::value).collect(java.util.stream.Collectors.toSet()), body.name(),
                    errors);
            requestNumbers.resolve("answers", form.getAnswers(), errors);
        }
    }

    /** The requests of the body's existing motion a review row names; empty when it is new or not split. */
    private List<nl.motiemonitor.motion.RequestView> existingRequests(BodyView body, ImportedMotion row) {
        return row.getNumber() == null || row.getNumber().isBlank() ? List.of()
                : motions.findByNumber(body.bodyId(), row.getNumber().strip())
                        .map(existing -> requestNumbers.of(existing.id())).orElse(List.of());
    }

    @PostMapping("/beheer/{body}/import/{id}/verwijderen")
    String discard(@PathVariable("body") String slug, @PathVariable("id") String id, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        PendingImports.Pending document = find(body, id);
        pending.remove(document.id());
        readings.forget(document.id());
        redirect.addFlashAttribute("notice", text.get("staff.import.discarded", document.displayName()));
        // a register file was uploaded on the register page, so the clerk goes back there
        return "redirect:/beheer/" + slug + (RegisterController.isRegisterFile(document) ? "/register" : "/import");
    }

    private String reviewPage(BodyView body, PendingImports.Pending document, ImportForm form, ImportReview review,
            Model model) {
        model.addAttribute("body", body);
        model.addAttribute("document", document);
        model.addAttribute("importForm", form);
        model.addAttribute("sources", review.sources());
        model.addAttribute("warnings", review.warnings());
        model.addAttribute("dischargeAndMore", review.dischargeAndMore());
        model.addAttribute("discharge", review.discharge());
        model.addAttribute("existingMotions", form.getMotions().stream()
                .map(row -> row.getNumber() == null ? null
                        : motions.findByNumber(body.bodyId(), row.getNumber().strip())
                        .orElse(null)).toList());
        model.addAttribute("existingLetter", form.getReference() == null ? null
                : letters.findByReference(body.bodyId(), form.getReference().strip()).orElse(null));
        model.addAttribute("items", itemChoices.of(body, true));
        model.addAttribute("voteOutcomes", VoteOutcome.values());
        model.addAttribute("clauseKinds", ClauseKind.values());
        model.addAttribute("responses", LetterResponse.values());
        model.addAttribute("requestsByMotion", requestNumbers.of(form.getAnswers()));
        model.addAttribute("existingRequests", form.getMotions().stream().map(row -> existingRequests(body, row))
                .toList());
        model.addAttribute("precisions", DatePrecision.values());
        return "admin/import/review";
    }

    private PendingImports.Pending find(BodyView body, String id) {
        try {
            return pending.find(body.id(), UUID.fromString(id)).orElseThrow(() -> new NotFoundException("import"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("import");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean blankName(MultipartFile file) {
        return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank();
    }

    /** The file's own name without any path, for display and for the Content-Disposition of the download. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
