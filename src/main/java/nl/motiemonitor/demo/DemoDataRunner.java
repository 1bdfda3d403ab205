package nl.motiemonitor.demo;

import nl.motiemonitor.database.EmbeddedPostgresServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at start-up when {@code motiemonitor.demo-data=true}, or, when that is not set, whenever the
 * embedded development database runs. Never on a configured (production) database unless asked.
 */
@Component
class DemoDataRunner implements ApplicationRunner {

    private final DemoDataLoader loader;
    private final Boolean demoData;
    private final ObjectProvider<EmbeddedPostgresServer> embeddedDatabase;

    DemoDataRunner(DemoDataLoader loader, @Value("${motiemonitor.demo-data:#{null}}") Boolean demoData,
            ObjectProvider<EmbeddedPostgresServer> embeddedDatabase) {
        this.loader = loader;
        this.demoData = demoData;
        this.embeddedDatabase = embeddedDatabase;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = demoData != null ? demoData : embeddedDatabase.getIfAvailable() != null;
        if (wanted) {
            loader.load();
        }
    }
}
