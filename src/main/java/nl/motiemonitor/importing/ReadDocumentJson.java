package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The command line's JSON for a {@link ReadDocument}: one object per file, absent facts as null or [], ISO dates. */
final class ReadDocumentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReadDocumentJson() {
    }

    public static String line(String file, ReadDocument d) {
        return MAPPER.writeValueAsString(toMap(file, d));
    }

    public static String errorLine(String file, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("error", message);
        return MAPPER.writeValueAsString(m);
    }

    public static Map<String, Object> toMap(String file, ReadDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("kind", d.kind().name());
        m.put("date", iso(Sourced.valueOf(d.date())));
        m.put("subject", Sourced.valueOf(d.subject()));
        m.put("reference", Sourced.valueOf(d.reference()));
        m.put("registrationNumbers", values(d.registrationNumbers()));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", Sourced.valueOf(d.contact().name()));
        contact.put("department", Sourced.valueOf(d.contact().department()));
        contact.put("unit", Sourced.valueOf(d.contact().unit()));
        contact.put("phone", Sourced.valueOf(d.contact().phone()));
        contact.put("email", Sourced.valueOf(d.contact().email()));
        m.put("contact", contact);
        List<Object> signatories = new ArrayList<>();
        for (ReadDocument.Signatory s : d.signatories()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", Sourced.valueOf(s.name()));
            sm.put("role", Sourced.valueOf(s.role()));
            signatories.add(sm);
        }
        m.put("signatories", signatories);
        m.put("discharge", d.dischargeValue().name());
        List<Object> motions = new ArrayList<>();
        for (ReadDocument.Motion motion : d.motions()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("title", Sourced.valueOf(motion.title()));
            mm.put("number", Sourced.valueOf(motion.number()));
            mm.put("adoptedOn", iso(Sourced.valueOf(motion.adoptedOn())));
            mm.put("debate", Sourced.valueOf(motion.debate()));
            mm.put("sponsors", values(motion.sponsors()));
            ReadDocument.Outcome outcome = Sourced.valueOf(motion.outcome());
            mm.put("outcome", outcome == null ? null : outcome.name());
            mm.put("partiesFor", values(motion.partiesFor()));
            mm.put("partiesAgainst", values(motion.partiesAgainst()));
            List<Object> clauses = new ArrayList<>();
            for (ReadDocument.Clause c : motion.clauses()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("kind", c.kind().name());
                cm.put("text", c.text());
                clauses.add(cm);
            }
            mm.put("clauses", clauses);
            List<Object> footnotes = new ArrayList<>();
            for (ReadDocument.Footnote f : motion.footnotes()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("marker", f.marker());
                fm.put("anchor", f.anchor());
                fm.put("text", f.text());
                footnotes.add(fm);
            }
            mm.put("footnotes", footnotes);
            motions.add(mm);
        }
        m.put("motions", motions);
        List<Object> promises = new ArrayList<>();
        for (ReadDocument.Promise p : d.promises()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("text", p.text());
            pm.put("dueDate", iso(p.dueDate()));
            promises.add(pm);
        }
        m.put("promises", promises);
        List<Object> items = new ArrayList<>();
        for (ReadDocument.ListItem item : d.items()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("number", Sourced.valueOf(item.number()));
            im.put("title", Sourced.valueOf(item.title()));
            im.put("kind", item.kind() == null ? null : item.kind().name());
            im.put("date", iso(Sourced.valueOf(item.date())));
            im.put("status", Sourced.valueOf(item.status()));
            im.put("dueDate", iso(Sourced.valueOf(item.dueDate())));
            im.put("text", Sourced.valueOf(item.text()));
            items.add(im);
        }
        m.put("items", items);
        m.put("warnings", d.dutchWarnings());
        return m;
    }

    private static List<String> values(List<Sourced<String>> list) {
        List<String> result = new ArrayList<>();
        for (Sourced<String> s : list) {
            result.add(s.value());
        }
        return result;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
