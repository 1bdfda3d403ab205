package nl.motiemonitor.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.motiemonitor.dashboard.BodyComparison;
import nl.motiemonitor.dashboard.BodyDashboard;
import nl.motiemonitor.dashboard.DashboardItem;
import nl.motiemonitor.dashboard.GroupFigures;
import nl.motiemonitor.dashboard.RequestFigures;
import nl.motiemonitor.table.Cell;
import nl.motiemonitor.table.Table;
import nl.motiemonitor.table.TableDownloads;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.stereotype.Component;

/**
 * The tables of a dashboard as files: each table of the page with the page's columns, the item lists with every item
 * (the page shows the first fifty) and a link to each item's page.
 */
@Component
class DashboardTables {

    /** A table of the dashboard, by the {@code ?tabel=} of its download; {@code list}: its rows are items or groups. */
    enum Kind {
        KERNCIJFERS("kerncijfers", "dashboard.keyFigures", false),
        STATUS("status", "home.bodies.caption", false),
        TE_LAAT("te-laat", "dashboard.late.caption", true),
        WACHT_OP_BESLUIT("wacht-op-besluit", "dashboard.awaiting.caption", true),
        MEER_BELOOFD("meer-beloofd", "dashboard.promised.caption", true),
        KWARTALEN("kwartalen", "dashboard.perQuarter.caption", false),
        PORTEFEUILLEHOUDERS("portefeuillehouders", "dashboard.groups.portfolioHolders", true),
        AFDELINGEN("afdelingen", "dashboard.groups.departments", true),
        FRACTIES("fracties", "dashboard.groups.parties", true),
        VERGELIJKING("vergelijking", "dashboard.comparison", false);

        final String slug;
        final String caption;
        /** Whether the page shows only the first {@code Dashboards.LIST_SIZE} rows of it. */
        final boolean list;

        Kind(String slug, String caption, boolean list) {
            this.slug = slug;
            this.caption = caption;
            this.list = list;
        }

        static Optional<Kind> fromSlug(String slug) {
            return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
        }
    }

    private final TableDownloads downloads;

    DashboardTables(TableDownloads downloads) {
        this.downloads = downloads;
    }

    /** How many rows the table has. */
    static long rows(Kind kind, BodyDashboard d, List<BodyComparison> comparison) {
        return switch (kind) {
            case KERNCIJFERS -> d.requests().motions() > 0 ? 10 : 6;
            case STATUS -> d.statuses().size();
            case TE_LAAT -> d.lateItems().size();
            case WACHT_OP_BESLUIT -> d.awaitingDecisionItems().size();
            case MEER_BELOOFD -> d.dischargedWhilePromised().size();
            case KWARTALEN -> d.quarters().size();
            case PORTEFEUILLEHOUDERS -> d.perPortfolioHolder().size();
            case AFDELINGEN -> d.perDepartment().size();
            case FRACTIES -> d.perParty().size();
            case VERGELIJKING -> comparison.size();
        };
    }

    /**
     * @param scope   whose dashboard: the body's name, or "alle bestuursorganen"
     * @param council who decides, in the body's own words
     */
    Table table(Kind kind, BodyDashboard d, List<BodyComparison> comparison, String scope, String council) {
        String title = downloads.nl("download.title", downloads.nl(kind.caption), scope);
        return switch (kind) {
            case KERNCIJFERS -> keyFigures(title, d, council);
            case STATUS -> {
                Table.Builder table = builder(title, "filter.status", "body.motions", "body.commitments",
                        "dashboard.ofWhichLate");
                d.statuses().forEach(s -> table.row(Cell.text(downloads.nl("status." + s.status())),
                        Cell.number(s.motions()), Cell.number(s.commitments()), Cell.number(s.late())));
                yield table.build();
            }
            case TE_LAAT -> items(title, d.lateItems(), "list.col.lateDays");
            case WACHT_OP_BESLUIT -> items(title, d.awaitingDecisionItems(), "status.proposedLate");
            case MEER_BELOOFD -> items(title, d.dischargedWhilePromised(), "download.col.openPromises");
            case KWARTALEN -> {
                Table.Builder table = builder(title, "dashboard.quarter", "vote.outcome.ADOPTED", "status.DISCHARGED");
                d.quarters().forEach(q -> table.row(Cell.text(downloads.nl(q.label())), Cell.number(q.adopted()),
                        Cell.number(q.discharged())));
                yield table.build();
            }
            case PORTEFEUILLEHOUDERS -> groups(title, "label.responsibilityForm.portfolioHolder", d.perPortfolioHolder());
            case AFDELINGEN -> groups(title, "label.unit", d.perDepartment());
            case FRACTIES -> groups(title, "dashboard.groups.party", d.perParty());
            case VERGELIJKING -> comparison(title, comparison);
        };
    }

    private Table keyFigures(String title, BodyDashboard d, String council) {
        Table.Builder table = builder(title, "download.col.figure", "download.col.value");
        table.row(Cell.text(downloads.nl("body.figures.late")), Cell.number(d.late()));
        table.row(Cell.text(downloads.nl("body.figures.dueSoon")), Cell.number(d.dueSoon()));
        table.row(Cell.text(downloads.nl("dashboard.awaiting", d.awaitingDecision(), council)),
                Cell.number(d.awaitingDecision()));
        table.row(Cell.text(downloads.nl("dashboard.inTime") + " (%)"), Cell.number(d.terms().percentInTime()));
        Double median = d.terms().medianDays();
        table.row(Cell.text(downloads.nl("dashboard.median")), Cell.number(median == null ? null : Math.round(median)));
        table.row(Cell.text(downloads.nl("dashboard.extended")), Cell.number(d.terms().extended()));
        RequestFigures r = d.requests();
        if (r.motions() > 0) {
            table.row(Cell.text(downloads.nl("dashboard.requests.count", r.requests(), r.motions())),
                    Cell.number(r.requests()));
            table.row(Cell.text(downloads.nl("dashboard.requests.discharged")), Cell.number(r.discharged()));
            table.row(Cell.text(downloads.nl("dashboard.requests.late")), Cell.number(r.late()));
            table.row(Cell.text(downloads.nl("dashboard.requests.partly")), Cell.number(r.partlyDischarged()));
        }
        return table.build();
    }

    /** What, its status and term, the figure the list is about (when {@code days} names it), who, and its page. */
    private Table items(String title, List<DashboardItem> items, String days) {
        Table.Builder table = builder(title, "dashboard.item", "list.col.subject", "filter.status", "status.facts.term",
                days, "download.col.note", "status.facts.responsible", "download.col.link");
        for (DashboardItem item : items) {
            table.row(Cell.text(downloads.nl(item.number())), Cell.text(downloads.nl(item.title())),
                    Cell.text(downloads.nl("status." + item.status().name())), Cell.date(item.dueOn()),
                    Cell.number(item.days() == 0 ? null : item.days()),
                    Cell.text(item.note() == null ? null : downloads.nl(item.note())), Cell.text(item.responsible()),
                    downloads.link(item.path()));
        }
        return table.build();
    }

    private Table groups(String title, String heading, List<GroupFigures> groups) {
        Table.Builder table = builder(title, heading, "status.OPEN", "status.late", "status.DISCHARGED");
        groups.forEach(g -> table.row(Cell.text(g.name()), Cell.number(g.open()), Cell.number(g.late()),
                Cell.number(g.discharged())));
        return table.build();
    }

    private Table comparison(String title, List<BodyComparison> comparison) {
        Table.Builder table = builder(title, "home.bodies.body", "status.OPEN", "status.late",
                "dashboard.sort.WACHT_OP_BESLUIT", "status.DISCHARGED", "dashboard.sort.BINNEN_TERMIJN",
                "dashboard.sort.MEDIAAN", "download.col.link");
        for (BodyComparison b : comparison) {
            Double median = b.terms().medianDays();
            table.row(Cell.text(b.name()), Cell.number(b.open()), Cell.number(b.late()),
                    Cell.number(b.awaitingDecision()), Cell.number(b.discharged()),
                    Cell.number(b.terms().percentInTime()), Cell.number(median == null ? null : Math.round(median)),
                    downloads.link(PublicPaths.body(b.slug()) + "/overzicht"));
        }
        return table.build();
    }

    private Table.Builder builder(String title, String... headings) {
        return Table.builder(title, downloads.asOf(), Arrays.stream(headings).map(downloads::nl).toList());
    }
}
