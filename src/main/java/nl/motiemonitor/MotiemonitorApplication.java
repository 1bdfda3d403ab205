package nl.motiemonitor;

import java.util.Arrays;

import nl.motiemonitor.generator.GenerateCommand;
import nl.motiemonitor.harvest.HarvestCommand;
import nl.motiemonitor.importing.PdfTextChild;
import nl.motiemonitor.importing.ReadDocumentCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableCaching
public class MotiemonitorApplication {

    public static void main(String[] args) {
        if (args.length > 0 && HealthcheckCommand.NAME.equals(args[0])) {
            // The container's health check, a JVM started every few seconds: one HTTP request, no Spring.
            System.exit(HealthcheckCommand.runFromMain(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && ReadDocumentCommand.NAME.equals(args[0])) {
            // The document reader runs on its own: no Spring, no web server, no database.
            System.exit(ReadDocumentCommand.runFromMain(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && PdfTextChild.NAME.equals(args[0])) {
            // The child JVM in which the portal reads one PDF (ADR 0012): no Spring, no server, no database.
            System.exit(PdfTextChild.runFromMain(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && GenerateCommand.NAME.equals(args[0])) {
            // The generator needs a database, but no Spring and no web server: it runs Flyway and COPY itself.
            System.exit(GenerateCommand.runFromMain(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && HarvestCommand.NAME.equals(args[0])) {
            // The harvest needs the portal's modules, but no web server and none of its scheduled work.
            System.exit(HarvestCommand.runFromMain(Arrays.copyOfRange(args, 1, args.length),
                    springArgs -> new SpringApplicationBuilder(MotiemonitorApplication.class)
                            .web(WebApplicationType.NONE).properties(HarvestCommand.PROPERTIES).run(springArgs)));
        }
        SpringApplication.run(MotiemonitorApplication.class, args);
    }

    /**
     * The portal's scheduled work (mail, reminders, figures, harvests), on unless {@code motiemonitor.scheduling.enabled}
     * is false: a command such as {@code harvest} starts the portal's modules without it.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty(name = "motiemonitor.scheduling.enabled", matchIfMissing = true)
    static class Scheduling {
    }
}
