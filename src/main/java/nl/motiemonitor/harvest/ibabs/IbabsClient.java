package nl.motiemonitor.harvest.ibabs;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.motiemonitor.harvest.HarvestPage;
import nl.motiemonitor.harvest.HarvestSourceException;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.SourceClient;
import nl.motiemonitor.harvest.SourceHttp;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSettings;
import nl.motiemonitor.harvest.ibabs.IbabsSoap.Detail;
import nl.motiemonitor.harvest.ibabs.IbabsSoap.Entry;
import nl.motiemonitor.harvest.ibabs.IbabsSoap.MemberVote;
import nl.motiemonitor.harvest.reading.SourceParameters;
import nl.motiemonitor.harvest.reading.SourceParameters.ListKind;
import nl.motiemonitor.shared.Deadline;

/**
 * Reads a list of an iBabs site (moties, toezeggingen) through iBabs's public SOAP service, a page of entries at a
 * time in the order they changed (see {@link EntryCursor}); per entry its values and, for motions, the members'
 * votes. Parameters: {@code site} (the site name, e.g. {@code utrecht}) and {@code list} (the list's id, a GUID) are
 * required; {@code kind} ({@code motions} or {@code commitments}), {@code from} (the first year whose changes are
 * read, by default four years back), {@code pageSize} (entries per page, default {@value #PAGE_SIZE}) and
 * {@code portal} (the site's public portal, e.g. {@code https://utrecht.bestuurlijkeinformatie.nl}, for "Bron: …").
 */
@Component
public final class IbabsClient implements SourceClient {

    static final String PUBLIC_SERVICE = "https://wcf.ibabs.eu/api/Public.svc";
    static final int PAGE_SIZE = 25;
    private static final Logger LOG = LoggerFactory.getLogger(IbabsClient.class);

    private final SourceHttp http = new SourceHttp();
    private final Clock clock;

    public IbabsClient(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.IBABS;
    }

    @Override
    public HarvestPage fetch(SourceSettings settings, String cursor) throws IOException, InterruptedException {
        String site = SourceParameters.required(settings, "site", "de naam van de iBabs-site, bijv. utrecht");
        String list = SourceParameters.required(settings, "list", "het id van de lijst met moties of toezeggingen");
        if (!site.matches("[\\w.-]{1,100}") || !list.matches("[0-9a-fA-F-]{1,64}")) {
            throw new HarvestSourceException("De instellingen 'site' en 'list' van de bron iBabs zijn een sitenaam"
                    + " (letters, cijfers) en een lijst-id (een GUID), niet '" + site + "' en '" + list + "'.");
        }
        ListKind kind = SourceParameters.listKind(settings);
        int pageSize = SourceParameters.positive(settings, "pageSize", PAGE_SIZE);
        LocalDate from = LocalDate.of(SourceParameters.firstYear(settings, Deadline.today(clock).getYear()), 1, 1);
        EntryCursor after = cursor == null ? null : EntryCursor.parse(cursor);

        IbabsSoap soap = new IbabsSoap(http, URI.create(SourceParameters.baseUrl(settings, PUBLIC_SERVICE)));
        List<Entry> unread = soap.entries(site, list, after == null ? from : after.since(from)).stream()
                .filter(entry -> after == null || after.before(entry))
                .sorted(EntryCursor.ORDER).toList();
        List<Entry> page = unread.subList(0, Math.min(pageSize, unread.size()));
        List<HarvestedRecord> records = new ArrayList<>();
        for (Entry entry : page) {
            Detail detail;
            try {
                detail = soap.entry(site, list, entry.id());
            } catch (IbabsRefusal refused) {
                LOG.warn("iBabs-item {} van {} is overgeslagen: {}", entry.id(), site, refused.getMessage());
                continue;
            }
            IbabsRecords item = new IbabsRecords(entry, detail, sourceUrl(settings, entry, detail));
            if (kind == ListKind.COMMITMENTS) {
                records.add(item.commitment());
            } else if (!item.amendment()) {
                records.add(item.motion(votes(soap, site, entry)));
            }
        }
        String next = page.size() < unread.size() ? EntryCursor.of(page.get(page.size() - 1)).toString() : null;
        String resume = unread.isEmpty() ? cursor : EntryCursor.of(unread.get(unread.size() - 1)).toString();
        return new HarvestPage(records, next, resume);
    }

    /** The members' votes; none when the site does not use iBabs's voting module or refuses the question. */
    private static List<MemberVote> votes(IbabsSoap soap, String site, Entry entry)
            throws IOException, InterruptedException {
        try {
            return soap.votes(site, entry.id());
        } catch (IbabsRefusal refused) {
            LOG.info("iBabs gaf geen stemmen voor {} van {}: {}", entry.id(), site, refused.getMessage());
            return List.of();
        }
    }

    /** "Bron: …": the entry's page on the site's portal when that is configured, else its first public document. */
    private static URI sourceUrl(SourceSettings settings, Entry entry, Detail detail) {
        String portal = SourceParameters.optional(settings, "portal");
        if (portal != null) {
            return SourceParameters.uri((portal.endsWith("/") ? portal : portal + "/") + "Reports/Item/" + entry.id());
        }
        return detail.documentUrls().stream().map(SourceParameters::uri).filter(uri -> uri != null).findFirst()
                .orElse(null);
    }
}
