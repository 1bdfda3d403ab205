package nl.motiemonitor.portal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.dashboard.BodyComparison;
import nl.motiemonitor.dashboard.BodyDashboard;
import nl.motiemonitor.dashboard.Dashboards;
import nl.motiemonitor.dashboard.NationalDashboard;
import nl.motiemonitor.dashboard.QuarterFigures;
import nl.motiemonitor.dashboard.StatusCount;
import nl.motiemonitor.table.TableDownloads;
import nl.motiemonitor.table.TableFormat;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public dashboards: {@code /{body}/overzicht} for one body, {@code /overzicht} for all of them; and each of their
 * tables as CSV and Excel, {@code /den-haag/overzicht.csv?tabel=te-laat} (see {@link DashboardTables.Kind}).
 */
@Controller
class DashboardController {

    /** How the comparison of bodies can be sorted ({@code ?sorteer=}); its label is dashboard.sort.NAME. */
    enum Sort {
        NAAM("naam", Comparator.comparing(BodyComparison::name)),
        BINNEN_TERMIJN("binnen-termijn", Comparator.comparing(
                (BodyComparison b) -> b.terms().percentInTime(), Comparator.nullsLast(Comparator.reverseOrder()))),
        MEDIAAN("mediaan", Comparator.comparing(
                (BodyComparison b) -> b.terms().medianDays(), Comparator.nullsLast(Comparator.naturalOrder()))),
        TE_LAAT("te-laat", Comparator.comparing(BodyComparison::late).reversed()),
        WACHT_OP_BESLUIT("wacht-op-besluit", Comparator.comparing(
                BodyComparison::awaitingDecision).reversed()),
        OPEN("open", Comparator.comparing(BodyComparison::open).reversed());

        final String slug;
        final Comparator<BodyComparison> order;

        Sort(String slug, Comparator<BodyComparison> order) {
            this.slug = slug;
            this.order = order.thenComparing(BodyComparison::name);
        }

        public String slug() {
            return slug;
        }

        static Sort fromSlug(String slug) {
            for (Sort sort : values()) {
                if (sort.slug.equals(slug)) {
                    return sort;
                }
            }
            return NAAM;
        }
    }

    private final BodyResolver bodies;
    private final Dashboards dashboards;
    private final NationalDashboard nationalDashboard;
    private final Terms terms;
    private final MessageSource messages;
    private final DashboardTables tables;
    private final TableDownloads downloads;

    DashboardController(BodyResolver bodies, Dashboards dashboards, NationalDashboard nationalDashboard,
            Terms terms, MessageSource messages, DashboardTables tables, TableDownloads downloads) {
        this.bodies = bodies;
        this.dashboards = dashboards;
        this.nationalDashboard = nationalDashboard;
        this.terms = terms;
        this.messages = messages;
        this.tables = tables;
        this.downloads = downloads;
    }

    @GetMapping("/overzicht")
    String national(@RequestParam(name = "sorteer", required = false) String sortParam, Model model, Locale locale) {
        LocalDate today = terms.today();
        Sort sort = Sort.fromSlug(sortParam);
        NationalDashboard.Snapshot national = nationalDashboard.get(today);
        List<BodyComparison> comparison = national.comparison().stream().sorted(sort.order).toList();
        addDashboard(model, national.dashboard(), today, message(locale, "dashboard.scope.all"), locale);
        model.addAttribute("computedAt", national.computedAt());
        model.addAttribute("comparison", comparison);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", Sort.values());
        model.addAttribute("council", message(locale, "dashboard.council.all"));
        model.addAttribute("body", null);
        model.addAttribute("theme", null);
        model.addAttribute("downloadPath", "/overzicht");
        return "dashboard";
    }

    @GetMapping("/overzicht.{format:[a-z]+}")
    ResponseEntity<byte[]> nationalTable(@PathVariable("format") String extension,
            @RequestParam(name = "tabel", required = false) String table,
            @RequestParam(name = "sorteer", required = false) String sortParam) {
        TableFormat format = TableDownloads.format(extension);
        DashboardTables.Kind kind = kind(table);
        LocalDate today = terms.today();
        NationalDashboard.Snapshot national = nationalDashboard.get(today);
        Sort sort = Sort.fromSlug(sortParam);
        List<BodyComparison> comparison = national.comparison().stream().sorted(sort.order).toList();
        BodyDashboard dashboard = kind.list ? dashboards.dashboard(null, today, listSize()) : national.dashboard();
        String page = "/overzicht" + (kind == DashboardTables.Kind.VERGELIJKING ? "?sorteer=" + sort.slug() : "");
        return send(format, kind, dashboard, comparison, downloads.nl("dashboard.scope.all"),
                downloads.nl("dashboard.council.all"), page, "overzicht-" + kind.slug);
    }

    @GetMapping("/{body:[a-z0-9-]+}/overzicht")
    String body(@PathVariable("body") String slug, Model model, Locale locale) {
        BodyView body = bodies.require(slug);
        LocalDate today = terms.today();
        addDashboard(model, dashboards.dashboard(body.id(), today), today, body.name(), locale);
        model.addAttribute("body", body);
        model.addAttribute("council", message(locale, "body.council." + body.kind()));
        model.addAttribute("theme", body.theme());
        model.addAttribute("bodyTerm", terms.bodyTerm(body.bodyId()));
        model.addAttribute("downloadPath", "/" + body.slug() + "/overzicht");
        return "dashboard";
    }

    @GetMapping("/{body:[a-z0-9-]+}/overzicht.{format:[a-z]+}")
    ResponseEntity<byte[]> bodyTable(@PathVariable("body") String slug, @PathVariable("format") String extension,
            @RequestParam(name = "tabel", required = false) String table) {
        BodyView body = bodies.require(slug);
        TableFormat format = TableDownloads.format(extension);
        DashboardTables.Kind kind = kind(table);
        if (kind == DashboardTables.Kind.VERGELIJKING) {
            throw new NotFoundException("tabel " + table + " van " + slug);
        }
        LocalDate today = terms.today();
        BodyDashboard dashboard = kind.list ? dashboards.dashboard(body.id(), today, listSize())
                : dashboards.dashboard(body.id(), today);
        return send(format, kind, dashboard, List.of(), body.name(), downloads.nl("body.council." + body.kind()),
                "/" + body.slug() + "/overzicht", "overzicht-" + kind.slug + "-" + body.slug());
    }

    /**
     * The table as a file; back to the dashboard ({@code page}, at the table) when it has more rows than a download
     * holds, where the page says so.
     */
    private ResponseEntity<byte[]> send(TableFormat format, DashboardTables.Kind kind, BodyDashboard dashboard,
            List<BodyComparison> comparison, String scope, String council, String page, String name) {
        if (!downloads.fits(DashboardTables.rows(kind, dashboard, comparison))) {
            return TableDownloads.backTo(page + "#" + kind.slug);
        }
        return downloads.send(format, tables.table(kind, dashboard, comparison, scope, council), name);
    }

    /** A list one longer than a download may hold, so that a longer one shows. */
    private int listSize() {
        return downloads.maxRows() + 1;
    }

    private static DashboardTables.Kind kind(String table) {
        return DashboardTables.Kind.fromSlug(table).orElseThrow(() -> new NotFoundException("tabel " + table));
    }

    private void addDashboard(Model model, BodyDashboard dashboard, LocalDate today, String scope, Locale locale) {
        List<QuarterFigures> quarters = dashboard.quarters();
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("today", today);
        model.addAttribute("scope", scope);
        model.addAttribute("quarterChart", BarChart.of("grafiek-kwartalen", message(locale, "dashboard.chart.quarters"),
                message(locale, "dashboard.chart.quarters.description", scope, quarters.size()),
                List.of(message(locale, "vote.outcome.ADOPTED"), message(locale, "status.DISCHARGED")), List.of("mm-chart__bar--adopted", "mm-chart__bar--discharged"),
                quarters.stream().map(q -> messages.getMessage(q.label(), locale)).toList(),
                quarters.stream().map(q -> List.of(q.adopted(), q.discharged())).toList()));
        List<StatusCount> statuses = dashboard.statuses();
        model.addAttribute("statusChart", BarChart.of("grafiek-status", message(locale, "dashboard.chart.statuses"),
                message(locale, "dashboard.chart.statuses.description", scope),
                List.of(message(locale, "body.motions"), message(locale, "body.commitments")), List.of("mm-chart__bar--adopted", "mm-chart__bar--commitments"),
                statuses.stream().map(s -> message(locale, "status." + s.status())).toList(),
                statuses.stream().map(s -> List.of(s.motions(), s.commitments())).toList()));
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
