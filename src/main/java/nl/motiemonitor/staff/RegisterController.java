package nl.motiemonitor.staff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.importing.DocumentReadException;
import nl.motiemonitor.importing.ReadDocument;
import nl.motiemonitor.shared.AuditContext;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A body's register of motions and commitments in bulk: upload a CSV or Excel file (or import a list document, which
 * the import hands over), map its columns, preview per row what saving does, and save it all in one transaction; and
 * export the register in the same shape.
 */
@Controller
class RegisterController {

    private final StaffAccess access;
    private final PendingImports pending;
    private final ImportReadings readings;
    private final RegisterImport register;
    private final RegisterEntries entries;
    private final RegisterMappings mappings;
    private final RegisterProperties limits;
    private final StaffText text;
    private final MessageSource messages;

    RegisterController(StaffAccess access, PendingImports pending, ImportReadings readings, RegisterImport register,
            RegisterEntries entries, RegisterMappings mappings, RegisterProperties limits, StaffText text,
            MessageSource messages) {
        this.access = access;
        this.pending = pending;
        this.readings = readings;
        this.register = register;
        this.entries = entries;
        this.mappings = mappings;
        this.limits = limits;
        this.text = text;
        this.messages = messages;
    }

    @GetMapping("/beheer/{body}/register")
    String start(@PathVariable("body") String slug, Model model) {
        BodyView body = access.editable(slug);
        model.addAttribute("body", body);
        model.addAttribute("maxMegabytes", limits.maxSize().toMegabytes());
        model.addAttribute("maxRows", limits.maxRows());
        return "admin/register/start";
    }

    @PostMapping("/beheer/{body}/register")
    String upload(@PathVariable("body") String slug,
            @RequestParam(name = "bestand", required = false) MultipartFile file, Model model) {
        BodyView body = access.editable(slug);
        String problem;
        if (file == null || file.isEmpty()) {
            problem = text.get("staff.register.file.nothing");
        } else if (file.getSize() > limits.maxSize().toBytes()) {
            problem = text.get("staff.register.file.tooLarge", limits.maxSize().toMegabytes());
        } else {
            String name = ImportController.safeName(file.getOriginalFilename());
            try {
                byte[] content = file.getBytes();
                RegisterFiles.read(content, limits.maxRows());
                UUID id = pending.add(body.id(), access.user().username(), name, RegisterFiles.contentType(content),
                        content, "");
                return "redirect:/beheer/" + slug + "/register/" + id;
            } catch (RegisterFileException e) {
                problem = text.get("staff.register.file.problem", name, text.get(e.code(), e.arguments()));
            } catch (IOException e) {
                problem = text.get("staff.import.unreadable", name);
            }
        }
        model.addAttribute("problems", List.of(problem));
        return start(slug, model);
    }

    /** A register, as uploaded or as read from a list document; {@code fixed}: its columns need no mapping. */
    private record Source(RegisterTable table, boolean fixed) {
    }

    /** Whether a pending import is a register file (CSV or Excel) rather than a document to read. */
    static boolean isRegisterFile(PendingImports.Pending document) {
        return RegisterFiles.CSV_TYPE.equals(document.contentType())
                || RegisterFiles.XLSX_TYPE.equals(document.contentType());
    }

    /** The mapping a list document's entries are read with: the export's, without the columns a list lacks. */
    private static final List<RegisterField> LIST_MAPPING = RegisterRows.STANDARD.stream()
            .map(field -> field == RegisterField.SPONSORS || field == RegisterField.PORTFOLIO_HOLDER
                    ? RegisterField.IGNORE : field).toList();

    /** What a page of one pending register does with it, once it is read. */
    private interface WithSource {
        String show(BodyView body, PendingImports.Pending document, Source source);
    }

    /**
     * Reads the pending register {@code id} of the body and hands it to {@code then}; a file that cannot be read goes
     * back to the register page with the reason, a document that is no list to its import review.
     */
    private String withSource(String slug, String id, RedirectAttributes redirect, WithSource then) {
        BodyView body = access.editable(slug);
        PendingImports.Pending document = find(body, id);
        Source source;
        try {
            source = source(document);
        } catch (RegisterFileException | DocumentReadException e) {
            return unreadable(slug, document, e, redirect);
        }
        if (source == null) {
            return "redirect:/beheer/" + slug + "/import/" + document.id();
        }
        return then.show(body, document, source);
    }

    @GetMapping("/beheer/{body}/register/{id}")
    String preview(@PathVariable("body") String slug, @PathVariable("id") String id, Model model,
            RedirectAttributes redirect) {
        return withSource(slug, id, redirect, (body, document, source) -> page(body, document, source,
                RegisterForm.of(source.fixed() ? LIST_MAPPING : mappings.offer(body.id(), source.table())),
                null, model));
    }

    @PostMapping("/beheer/{body}/register/{id}")
    String save(@PathVariable("body") String slug, @PathVariable("id") String id,
            @ModelAttribute("registerForm") RegisterForm form, BindingResult errors,
            @RequestParam(name = "action", required = false) String action, Model model,
            RedirectAttributes redirect) {
        return withSource(slug, id, redirect, (body, document, source) ->
                save(body, document, source, form, errors, "save".equals(action), model, redirect));
    }

    private String save(BodyView body, PendingImports.Pending document, Source source, RegisterForm form,
            BindingResult errors, boolean save, Model model, RedirectAttributes redirect) {
        String slug = body.slug();
        List<RegisterField> fields = fields(source, form);
        List<RegisterRow> rows = RegisterRows.read(source.table(), fields, form.kind());
        if (!save) {
            return page(body, document, source, form, null, model);
        }
        List<RegisterImport.Planned> plan = register.preview(body, rows, form.isRejectDischarges());
        long refused = plan.stream().filter(row -> row.action() == RegisterImport.Action.REFUSED).count();
        if (refused > 0) {
            errors.reject("staff.register.refused", new Object[] {refused}, null);
            return page(body, document, source, form, plan, model);
        }
        String user = access.user().username();
        try {
            RegisterImport.Saved saved = AuditContext.as(user, "Geïmporteerd uit " + document.sourceName(),
                    () -> register.save(body, rows, document.sourceName(), access.user().displayName(),
                            form.isPublish(), form.isRejectDischarges()));
            if (!source.fixed()) {
                mappings.remember(body.id(), source.table().headers(), fields, user);
            }
            pending.remove(document.id());
            readings.forget(document.id());
            redirect.addFlashAttribute("notice", text.get("staff.register.saved", saved.created(), saved.updated(),
                    saved.unchanged()));
            return "redirect:/beheer/" + slug + "/register";
        } catch (RegisterImport.RowFailed e) {
            errors.reject("staff.register.rowFailed", new Object[] {e.line(), reason(e.getCause())}, null);
        }
        return page(body, document, source, form, null, model);
    }

    /** Why a row could not be saved, in the clerk's language where the portal knows it. */
    private String reason(Throwable cause) {
        if (cause instanceof DomainRuleViolation violation) {
            return text.get(violation.code(), violation.arguments());
        }
        return text.get("staff.register.rowFailedUnknown");
    }

    private List<RegisterField> fields(Source source, RegisterForm form) {
        return source.fixed() ? LIST_MAPPING : form.fields(source.table().headers().size());
    }

    private String page(BodyView body, PendingImports.Pending document, Source source, RegisterForm form,
            List<RegisterImport.Planned> planned, Model model) {
        List<RegisterImport.Planned> plan = planned != null ? planned
                : register.preview(body, RegisterRows.read(source.table(), fields(source, form), form.kind()),
                        form.isRejectDischarges());
        model.addAttribute("body", body);
        model.addAttribute("document", document);
        model.addAttribute("registerForm", form);
        model.addAttribute("fixedMapping", source.fixed());
        model.addAttribute("headers", source.table().headers());
        model.addAttribute("examples", examples(source.table()));
        model.addAttribute("fields", java.util.Arrays.stream(RegisterField.values()).map(RegisterField::formValue)
                .toList());
        model.addAttribute("plan", plan);
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        RegisterImport.counts(plan).forEach((action, count) -> counts.put(action.name(), count));
        model.addAttribute("counts", counts);
        model.addAttribute("problems", plan.stream().flatMap(row -> row.problems().stream())
                .map(problem -> new Said(line(problem), say(problem))).toList());
        model.addAttribute("said", java.util.stream.IntStream.range(0, plan.size()).mapToObj(index -> {
            RegisterImport.Planned row = plan.get(index);
            return new RowWords(row.problems().stream().map(this::say).toList(),
                    row.notes().stream().map(this::say).toList(),
                    String.join(", ", row.changes().stream().map(this::fieldName).toList()),
                    row.values().stream().map(this::say).toList(), source.table().source(index));
        }).toList());
        model.addAttribute("rejections", plan.stream().flatMap(row -> java.util.stream.Stream.concat(
                row.problems().stream(), row.notes().stream())).anyMatch(problem -> problem.code().endsWith(
                ".rejectsDischarge")));
        return "admin/register/preview";
    }

    /**
     * A row's problems and notes as the page says them, the values it saves, and for a list document where the row
     * was read in it ({@code source}, null for a file).
     */
    record RowWords(List<String> problems, List<String> notes, String changes, List<String> values,
            RegisterTable.RowSource source) {
    }

    private String fieldName(RegisterField field) {
        return text.get("staff.register.field." + field.formValue());
    }

    /** A value a row saves: "Datum: 14-03-2024", or for an update "Status: In behandeling → Afgedaan". */
    private String say(RegisterPlanValues.Value value) {
        String empty = text.get("staff.register.preview.empty");
        String to = value.to().isEmpty() ? empty : value.to();
        return value.from() == null ? text.get("staff.register.preview.value", fieldName(value.field()), to)
                : text.get("staff.register.preview.valueChange", fieldName(value.field()),
                        value.from().isEmpty() ? empty : value.from(), to);
    }

    private String say(RegisterRow.Problem problem) {
        return text.get(problem.code(), problem.arguments());
    }

    /** A problem as the page says it, with the row it is about (for the link to that row). */
    record Said(int line, String text) {
    }

    private static int line(RegisterRow.Problem problem) {
        return problem.arguments().length > 0 && problem.arguments()[0] instanceof Integer line ? line : 0;
    }

    /** The first filled cell of each column, to recognise it by. */
    private static List<String> examples(RegisterTable table) {
        List<String> examples = new ArrayList<>();
        for (int column = 0; column < table.headers().size(); column++) {
            String example = "";
            for (int row = 0; row < table.rows().size() && example.isEmpty(); row++) {
                example = table.cell(row, column);
            }
            examples.add(example.length() > 60 ? example.substring(0, 60) + "…" : example);
        }
        return examples;
    }

    /** The register in a pending import, or {@code null} when it is a document of another kind than a list. */
    private Source source(PendingImports.Pending document) throws RegisterFileException, DocumentReadException {
        if (isRegisterFile(document)) {
            return new Source(RegisterFiles.read(document.content(), limits.maxRows()), false);
        }
        ReadDocument read = readings.reading(document);
        return read.kind() == ReadDocument.Kind.LIST ? new Source(RegisterRows.ofList(read), true) : null;
    }

    private String unreadable(String slug, PendingImports.Pending document, Exception e,
            RedirectAttributes redirect) {
        String why = e instanceof RegisterFileException refusal ? text.get(refusal.code(), refusal.arguments())
                : ((DocumentReadException) e).reason() == DocumentReadException.Reason.BUSY
                ? text.get("staff.import.busy") : text.get(((DocumentReadException) e).message());
        redirect.addFlashAttribute("problems", List.of(text.get("staff.register.file.problem",
                document.displayName(), why)));
        return "redirect:/beheer/" + slug + "/register";
    }

    @GetMapping("/beheer/{body}/register.csv")
    ResponseEntity<byte[]> csv(@PathVariable("body") String slug) {
        BodyView body = access.editable(slug);
        return download(body, "csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                RegisterFiles.writeCsv(export(body)));
    }

    @GetMapping("/beheer/{body}/register.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("body") String slug) {
        BodyView body = access.editable(slug);
        List<RegisterField> columns = RegisterRows.STANDARD;
        Set<Integer> dates = Set.of(columns.indexOf(RegisterField.DATE), columns.indexOf(RegisterField.DUE_DATE),
                columns.indexOf(RegisterField.DISCHARGE_DATE));
        return download(body, "xlsx", MediaType.parseMediaType(RegisterFiles.XLSX_TYPE),
                RegisterFiles.writeXlsx(export(body), messages.getMessage("staff.register.sheet", null,
                        LocaleContextHolder.getLocale()), dates));
    }

    /** The body's register in the export's shape: every motion and commitment, drafts included. */
    RegisterTable export(BodyView body) {
        List<List<String>> rows = entries.all(body).stream().map(RegisterEntries.Entry::cells).toList();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbers.add(i + 2);
        }
        return new RegisterTable(RegisterRows.standardHeaders(), rows, numbers);
    }

    private static ResponseEntity<byte[]> download(BodyView body, String extension, MediaType type, byte[] content) {
        String name = "register-" + body.slug() + "-" + DutchDates.today() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(content);
    }

    private PendingImports.Pending find(BodyView body, String id) {
        try {
            return pending.find(body.id(), UUID.fromString(id)).orElseThrow(() -> new NotFoundException("register"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("register");
        }
    }
}
