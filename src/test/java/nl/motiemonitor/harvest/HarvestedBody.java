package nl.motiemonitor.harvest;

import java.net.URI;
import java.util.UUID;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.testsupport.FixtureServer;
import nl.motiemonitor.testsupport.Fixtures;

/**
 * A body of its own with one source, served from this machine: what a harvest test harvests. Closing it stops the
 * server and removes the body with everything harvested into it.
 */
final class HarvestedBody implements AutoCloseable {

    final FixtureServer server;
    final String slug;
    final BodyId body;
    final long source;
    private final Fixtures fixtures;

    HarvestedBody(SourceCase source, Fixtures fixtures, HarvestSources sources) {
        this.fixtures = fixtures;
        this.server = new FixtureServer(source.folder(), source.apiPath(), source.responder());
        this.slug = "oogst-" + UUID.randomUUID().toString().substring(0, 8);
        this.body = new BodyId(fixtures.body(slug, "Oogst " + slug, BodyKind.PARLIAMENT));
        this.source = sources.add(body, new SourceSetup(source.kind(), URI.create(server.baseUrl()),
                source.parameters(), true, false));
    }

    @Override
    public void close() {
        server.close();
        fixtures.remove(body.value());
    }
}
