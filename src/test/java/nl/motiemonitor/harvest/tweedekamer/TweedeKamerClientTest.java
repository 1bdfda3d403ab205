package nl.motiemonitor.harvest.tweedekamer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.FixtureServer;
import nl.motiemonitor.harvest.HarvestPage;
import nl.motiemonitor.harvest.HarvestSourceException;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSettings;
import nl.motiemonitor.harvest.TweedeKamerFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Kamer's client against the fixtures on a server on this machine: pages, next links and cursors. */
class TweedeKamerClientTest {

    private final TweedeKamerClient client = new TweedeKamerClient();
    private FixtureServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void readsEveryMotionThenEveryCommitmentFollowingTheNextLinksAndEndsWithWhereTheNextHarvestStarts()
            throws Exception {
        server = new FixtureServer("harvest/tweedekamer", TweedeKamerFixtures.PATH, new TweedeKamerFixtures());
        SourceSettings settings = settings(server.baseUrl());
        List<HarvestPage> pages = new ArrayList<>();
        String cursor = null;
        do {
            HarvestPage page = client.fetch(settings, cursor);
            pages.add(page);
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(pages).hasSize(5);
        assertThat(pages.stream().mapToInt(page -> page.records().size()).sum()).isEqualTo(2 + 3 + 2 + 2 + 3);
        assertThat(server.requests()).extracting(FixtureServer.Request::path).containsExactly(
                "/OData/v4/2.0/Zaak", "/OData/v4/2.0/Zaak", "/OData/v4/2.0/Zaak", "/OData/v4/2.0/Toezegging",
                "/OData/v4/2.0/Toezegging");
        assertThat(server.requests().get(0).parameters()).containsEntry("$filter",
                "(Soort eq 'Motie' or Verwijderd eq true)").containsEntry("$orderby", "GewijzigdOp")
                .containsEntry("$expand", TweedeKamerClient.ZAAK_EXPAND).doesNotContainKey("$skip");
        assertThat(server.requests().get(1).parameters()).containsEntry("$skip", "3");
        assertThat(pages.get(4).last()).isTrue();
        TweedeKamerCursor resume = TweedeKamerCursor.parse(pages.get(4).resumeCursor());
        assertThat(resume.zaakSince()).isEqualTo(OffsetDateTime.parse("2026-03-02T12:30:00+01:00"));
        assertThat(resume.toezeggingSince()).isEqualTo(OffsetDateTime.parse("2026-02-27T14:45:00+01:00"));
    }

    @Test
    void theNextHarvestAsksOnlyForWhatChangedSinceTheLatestChangeItSaw() throws Exception {
        server = new FixtureServer("harvest/tweedekamer", TweedeKamerFixtures.PATH, new TweedeKamerFixtures());
        String resume = "zaak-sinds=2026-03-02T12%3A30%3A00%2B01%3A00&toezegging-sinds=2026-02-27T14%3A45%3A00%2B01%3A00";

        HarvestPage motions = client.fetch(settings(server.baseUrl()), resume);

        assertThat(server.requests().get(0).parameters().get("$filter"))
                .isEqualTo("(Soort eq 'Motie' or Verwijderd eq true) and GewijzigdOp ge 2026-03-02T12:30:00+01:00");
        assertThat(motions.records()).extracting(HarvestedRecord::sourceId)
                .containsExactly("a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0008");
        assertThat(motions.nextCursor()).contains("fase=toezegging");
    }

    @Test
    void aNextLinkToAnotherHostIsRefusedBeforeItIsFollowed() {
        server = new FixtureServer("harvest/tweedekamer", TweedeKamerFixtures.PATH, (folder, request, base) ->
                new FixtureServer.Response(200, "application/json", "{\"value\": [], \"@odata.nextLink\":"
                        + " \"https://elders.example/OData/v4/2.0/Zaak?$skip=3\"}"));

        assertThatThrownBy(() -> client.fetch(settings(server.baseUrl()), null))
                .isInstanceOf(HarvestSourceException.class).hasMessageContaining("ander adres");
    }

    @Test
    void anAnswerThatIsNoODataIsRefusedInDutch() {
        server = new FixtureServer("harvest/tweedekamer", TweedeKamerFixtures.PATH, (folder, request, base) ->
                new FixtureServer.Response(200, "text/html", "<html>Onderhoud</html>"));

        assertThatThrownBy(() -> client.fetch(settings(server.baseUrl()), null))
                .isInstanceOf(HarvestSourceException.class).hasMessageContaining("geen JSON");
    }

    @Test
    void theCursorReadsBackAsItWasWritten() {
        TweedeKamerCursor cursor = TweedeKamerCursor.START
                .nextPage("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?$skip=250&$filter=a eq 'b'",
                        OffsetDateTime.parse("2026-02-18T09:12:44.617+01:00"))
                .toezeggingen(OffsetDateTime.parse("2026-02-19T10:00:00+01:00"));

        assertThat(TweedeKamerCursor.parse(cursor.toString())).isEqualTo(cursor);
        assertThat(cursor.zaakSeen()).isEqualTo(OffsetDateTime.parse("2026-02-19T10:00:00+01:00"));
        assertThat(cursor.phase()).isEqualTo(TweedeKamerCursor.Phase.TOEZEGGING);
        assertThat(cursor.next()).isNull();
    }

    private static SourceSettings settings(String baseUrl) {
        return new SourceSettings(SourceKind.TWEEDE_KAMER, URI.create(baseUrl), Map.of());
    }
}
