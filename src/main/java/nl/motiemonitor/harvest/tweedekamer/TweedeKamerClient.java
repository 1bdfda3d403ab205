package nl.motiemonitor.harvest.tweedekamer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.motiemonitor.harvest.HarvestPage;
import nl.motiemonitor.harvest.HarvestSourceException;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.SourceClient;
import nl.motiemonitor.harvest.SourceHttp;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSettings;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Tweede Kamer's open data (OData v4, the Gegevensmagazijn): first every {@code Zaak} of soort Motie, with its
 * actors, decisions and votes, then every {@code Toezegging} with the letter that kept it, each set ordered by
 * {@code GewijzigdOp} and read from the latest change the previous harvest saw ({@code GewijzigdOp ge …}), page by
 * page along {@code @odata.nextLink}. Deleted records ({@code Verwijderd}) come along whatever their kind, as
 * deletions. The base URL is the source's (a local mirror works); a next link must stay on its host.
 */
@Component
public class TweedeKamerClient implements SourceClient {

    /** The Kamer's own service. */
    public static final String DEFAULT_BASE_URL = SourceKind.TWEEDE_KAMER.defaultBaseUrl();

    static final String ZAAK_EXPAND = "ZaakActor,Besluit($expand=Stemming,Agendapunt($expand=Activiteit))";
    static final String TOEZEGGING_EXPAND = "KamerbriefNakoming,ToegezegdAan($expand=Persoon,Fractie)";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final SourceHttp http;

    public TweedeKamerClient() {
        this(new SourceHttp());
    }

    TweedeKamerClient(SourceHttp http) {
        this.http = http;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.TWEEDE_KAMER;
    }

    @Override
    public HarvestPage fetch(SourceSettings settings, String cursor) throws IOException, InterruptedException {
        TweedeKamerCursor at = TweedeKamerCursor.parse(cursor);
        URI base = base(settings.baseUrl());
        URI uri = at.next() != null ? onHost(base, at.next()) : first(base, at);
        JsonNode page = read(uri);
        List<HarvestedRecord> records = new ArrayList<>();
        OffsetDateTime latest = null;
        for (JsonNode entity : page.path("value")) {
            records.addAll(at.phase() == TweedeKamerCursor.Phase.ZAAK ? ZaakReader.read(entity).stream().toList()
                    : ToezeggingReader.read(entity));
            OffsetDateTime changed = ODataValues.moment(entity, "GewijzigdOp");
            if (changed != null && (latest == null || changed.isAfter(latest))) {
                latest = changed;
            }
        }
        String nextLink = ODataValues.text(page, "@odata.nextLink");
        if (nextLink != null) {
            return new HarvestPage(records, at.nextPage(onHost(base, nextLink).toString(), latest).toString(), null);
        }
        if (at.phase() == TweedeKamerCursor.Phase.ZAAK) {
            return new HarvestPage(records, at.toezeggingen(latest).toString(), null);
        }
        return new HarvestPage(records, null, at.resume(latest).toString());
    }

    /** The first page of the phase's entity set: changed since the cursor says (all, the first time). */
    static URI first(URI base, TweedeKamerCursor at) {
        OffsetDateTime since = at.since();
        String changed = since == null ? null : "GewijzigdOp ge " + TweedeKamerCursor.literal(since);
        String filter;
        String expand;
        if (at.phase() == TweedeKamerCursor.Phase.ZAAK) {
            // a deleted Zaak may have lost its Soort: deletions of every kind come along (unknown ones do nothing)
            filter = "(Soort eq '" + ZaakReader.MOTIE + "' or Verwijderd eq true)"
                    + (changed == null ? "" : " and " + changed);
            expand = ZAAK_EXPAND;
        } else {
            filter = changed;
            expand = TOEZEGGING_EXPAND;
        }
        return base.resolve(at.phase().entitySet() + "?" + (filter == null ? "" : "$filter=" + encode(filter) + "&")
                + "$expand=" + encode(expand) + "&$orderby=GewijzigdOp");
    }

    private JsonNode read(URI uri) throws IOException, InterruptedException {
        String body = http.get(uri, "application/json");
        try {
            JsonNode page = JSON.readTree(body);
            if (!page.path("value").isArray()) {
                throw new HarvestSourceException("Het antwoord van " + uri + " heeft geen lijst 'value'.");
            }
            return page;
        } catch (JacksonException e) {
            throw new HarvestSourceException("Het antwoord van " + uri + " is geen JSON.", e);
        }
    }

    /** The base URL with a slash at the end, so entity sets resolve below it. */
    private static URI base(URI baseUrl) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    /** The source's next link, which must point at the source's own host (relative links resolve against it). */
    private static URI onHost(URI base, String nextLink) {
        URI next;
        try {
            next = base.resolve(nextLink);
        } catch (IllegalArgumentException e) {
            throw new HarvestSourceException("De volgende pagina heeft geen geldig adres: " + nextLink, e);
        }
        if (!Objects.equals(next.getScheme(), base.getScheme()) || !Objects.equals(next.getHost(), base.getHost())
                || next.getPort() != base.getPort()) {
            throw new HarvestSourceException("De volgende pagina staat op een ander adres dan de bron: " + next);
        }
        return next;
    }

    /** A query value as a URL carries it: every reserved character escaped, a space as %20. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
