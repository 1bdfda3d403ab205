package nl.motiemonitor.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.dashboard.BodyComparison;
import nl.motiemonitor.dashboard.BodyDashboard;
import nl.motiemonitor.dashboard.DashboardItem;
import nl.motiemonitor.dashboard.Dashboards;
import nl.motiemonitor.dashboard.GroupFigures;
import nl.motiemonitor.dashboard.NationalDashboard;
import nl.motiemonitor.dashboard.TermFigures;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.Languages;
import nl.motiemonitor.web.PublicPaths;
import nl.motiemonitor.web.PublicPaths.Kind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboards' figures as the API shows them: the same read models as the overzicht pages (a body's dashboard,
 * kept a minute; the national one, computed in the background), with the items' words said in Dutch.
 */
@Component
class FigureResources {

    private final Dashboards dashboards;
    private final NationalDashboard national;
    private final Terms terms;
    private final MessageSource messages;
    private final ApiLinks links;

    FigureResources(Dashboards dashboards, NationalDashboard national, Terms terms, MessageSource messages,
            ApiLinks links) {
        this.dashboards = dashboards;
        this.national = national;
        this.terms = terms;
        this.messages = messages;
        this.links = links;
    }

    FiguresJson of(BodyView body) {
        LocalDate today = terms.today();
        return figures(dashboards.dashboard(body.id(), today), body.id(), today, null);
    }

    FiguresJson national() {
        LocalDate today = terms.today();
        NationalDashboard.Snapshot snapshot = national.get(today);
        return figures(snapshot.dashboard(), null, snapshot.today(),
                snapshot.comparison().stream().map(this::comparison).toList());
    }

    private FiguresJson figures(BodyDashboard dashboard, Long bodyId, LocalDate today,
            List<FiguresJson.Comparison> comparison) {
        return new FiguresJson(today, bodyId,
                dashboard.statuses().stream().map(count -> new FiguresJson.StatusFigure(ItemParts.status(count.status()),
                        ItemParts.label(count.status()), count.motions(), count.commitments(), count.late())).toList(),
                dashboard.late(), dashboard.dueSoon(), dashboard.awaitingDecision(), items(dashboard.lateItems()),
                items(dashboard.awaitingDecisionItems()), items(dashboard.dischargedWhilePromised()),
                dashboard.quarters().stream().map(quarter -> new FiguresJson.Quarter(quarter.year(), quarter.quarter(),
                        quarter.adopted(), quarter.discharged())).toList(),
                timeliness(dashboard.terms()), groups(dashboard.perPortfolioHolder()),
                groups(dashboard.perDepartment()), groups(dashboard.perParty()),
                new FiguresJson.Requests(dashboard.requests().motions(), dashboard.requests().requests(),
                        dashboard.requests().discharged(), dashboard.requests().late(),
                        dashboard.requests().partlyDischarged()),
                comparison);
    }

    private List<FiguresJson.Item> items(List<DashboardItem> items) {
        return items.stream().map(item -> {
            Kind kind = item.motion() ? Kind.MOTION : Kind.COMMITMENT;
            return new FiguresJson.Item(item.motion() ? "motion" : "commitment", item.id(), links.api(kind, item.id()),
                    links.absolute(item.path()), messages.getMessage(item.title(), Languages.DUTCH),
                    ItemParts.status(item.status()), item.dueOn(), item.days(), item.responsible(),
                    item.note() == null ? null : messages.getMessage(item.note(), Languages.DUTCH));
        }).toList();
    }

    private static FiguresJson.Timeliness timeliness(TermFigures terms) {
        return new FiguresJson.Timeliness(terms.judged(), terms.answeredInTime(), terms.percentInTime(),
                terms.medianDays(), terms.extended());
    }

    private static List<FiguresJson.Group> groups(List<GroupFigures> groups) {
        return groups.stream().map(group -> new FiguresJson.Group(group.name(), group.open(), group.late(),
                group.discharged())).toList();
    }

    private FiguresJson.Comparison comparison(BodyComparison body) {
        return new FiguresJson.Comparison(body.slug(), links.absolute(PublicPaths.apiBody(body.slug())),
                links.absolute(PublicPaths.body(body.slug())), body.name(), body.kind().toLowerCase(Locale.ROOT),
                body.open(), body.late(), body.awaitingDecision(), body.discharged(), timeliness(body.terms()));
    }
}
