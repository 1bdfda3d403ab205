package nl.motiemonitor.harvest;

import java.util.Map;
import java.util.function.Predicate;

import nl.motiemonitor.testsupport.FixtureServer;

/**
 * One kind of source as the harvest tests serve it from this machine ({@link FixtureServer}): its fixtures and what
 * they hold.
 *
 * @param folder        its fixtures (under {@code src/test/resources}); {@code laterFolder}: a later state of it, which
 *                      deletes the motion {@code deletedMotion} and gives the motion {@code editedMotion} the title
 *                      {@code laterTitle}
 * @param apiPath       where its API starts on the server
 * @param responder     how its server answers a request from the files of a state
 * @param secondPage    the request of its second page of motions (the one a broken source fails on)
 * @param motions       the items the fixtures hold, once harvested: motions, commitments and letters
 */
record SourceCase(SourceKind kind, String folder, String laterFolder, String apiPath, Map<String, String> parameters,
        FixtureServer.Responder responder, Predicate<FixtureServer.Request> secondPage, int motions, int commitments,
        int letters, String deletedMotion, String editedMotion, String laterTitle) {

    static final SourceCase TWEEDE_KAMER = new SourceCase(SourceKind.TWEEDE_KAMER, "harvest/tweedekamer",
            "harvest/tweedekamer/later", TweedeKamerFixtures.PATH, Map.of(), new TweedeKamerFixtures(),
            TweedeKamerFixtures::secondPage, 5, 4, 1, "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0001",
            "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0002",
            "Motie van het lid Bikker over voorlichting over sekswerk op scholen");

    @Override
    public String toString() {
        return kind.label();
    }
}
