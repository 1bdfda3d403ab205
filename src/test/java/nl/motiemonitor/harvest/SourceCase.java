package nl.motiemonitor.harvest;

import java.time.Year;
import java.util.Map;
import java.util.function.Predicate;

import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.testsupport.FixtureServer;

/**
 * One kind of source as the harvest tests serve it from this machine ({@link FixtureServer}): its fixtures and what
 * they hold.
 *
 * @param folder     its fixtures (under {@code src/test/resources})
 * @param apiPath    where its API starts on the server
 * @param parameters the source's parameters, as a clerk sets them up
 * @param responder  how its server answers a request from the files of a state
 * @param secondPage the request of its second page of motions (the one a broken source fails on)
 * @param motions    the items the fixtures hold, once harvested: motions, commitments and letters
 * @param later      what a later state of the source changes
 */
record SourceCase(SourceKind kind, String folder, String apiPath, Map<String, String> parameters,
        FixtureServer.Responder responder, Predicate<FixtureServer.Request> secondPage, int motions, int commitments,
        int letters, Later later) {

    /**
     * A later state of the source ({@code folder}, below the first: it holds what changed), which gives the motion
     * {@code editedMotion} the title {@code title} and deletes the motion {@code deletedMotion}; in the state
     * {@code againFolder}, later still, that motion is back. {@code deletionUnseen} says why a harvest cannot see the
     * deletion, for a source whose records carry no mark of it (null when it can).
     */
    record Later(String folder, String editedMotion, String title, String deletedMotion, String againFolder,
            String deletionUnseen) {
    }

    static final SourceCase TWEEDE_KAMER = new SourceCase(SourceKind.TWEEDE_KAMER, "harvest/tweedekamer",
            TweedeKamerFixtures.PATH, Map.of(), new TweedeKamerFixtures(), TweedeKamerFixtures::secondPage, 5, 4, 1,
            new Later("harvest/tweedekamer/later", "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0002",
                    "Motie van het lid Bikker over voorlichting over sekswerk op scholen",
                    "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0001", "harvest/tweedekamer/again", null));

    static final SourceCase NOTUBIZ = notubiz(Year.now(DutchDates.NETHERLANDS).getValue());

    /** Two pages of three entries, in the order they changed; the amendment A4 and the undecided M15 are no motions. */
    static final SourceCase IBABS = new SourceCase(SourceKind.IBABS, "harvest/ibabs", IbabsFixtures.PATH,
            Map.of("site", IbabsFixtures.SITE, "list", IbabsFixtures.MOTIONS, "from", "2025", "pageSize", "3"),
            new IbabsFixtures(), request -> IbabsFixtures.entriesSince(request, "2025-03-01"), 4, 0, 0,
            new Later("harvest/ibabs/later", IbabsFixtures.entry('e', 1),
                    "M12 Meer groen en minder tegels op schoolpleinen", IbabsFixtures.entry('e', 2), null,
                    "iBabs's public lists mark no removal: an entry carries no deleted or published flag (iBabs"
                            + " reports deleted and depublished meetings only), so a harvest cannot tell an entry"
                            + " taken off a list from one that did not change"));

    /** The Notubiz fixtures served as of this year, read from last year: two pages. */
    private static SourceCase notubiz(int year) {
        NotubizFixtures fixtures = new NotubizFixtures(year);
        return new SourceCase(SourceKind.NOTUBIZ, "harvest/notubiz", "", Map.of("organisation",
                NotubizFixtures.ORGANISATION, "module", NotubizFixtures.MOTIONS, "from", String.valueOf(year - 1)),
                fixtures, fixtures::thisYear, 9, 0, 0,
                new Later("harvest/notubiz/later", "5001", "Meer groen en minder tegels op schoolpleinen", "5002",
                        "harvest/notubiz", null));
    }

    @Override
    public String toString() {
        return kind.label();
    }
}
