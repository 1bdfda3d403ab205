package nl.motiemonitor.harvest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar motiemonitor.jar harvest [--orgaan <slug>] [--bron tweede-kamer|notubiz|ibabs] [--opnieuw]
 * [--max-paginas N] [--help]}: harvests the sources set up in the staff area, one after the other, and prints per
 * source what it stored. Starts the portal's Spring context without a web server and without its schedule (the
 * caller builds it), then stops. Exit code 0 when every source was harvested, 1 when one failed, 2 on a usage error.
 */
public final class HarvestCommand {

    public static final String NAME = "harvest";

    /** What the context of the command needs beside the portal's own settings. */
    public static final Map<String, Object> PROPERTIES = Map.of(
            "motiemonitor.scheduling.enabled", "false",
            "motiemonitor.harvest.background", "false",
            "motiemonitor.page-cache.enabled", "false",
            "motiemonitor.rate-limit.enabled", "false",
            "spring.main.banner-mode", "off",
            "logging.level.root", "WARN");

    /** The options of one call; {@code spring}: settings passed on to the portal, as {@code --name=value}. */
    record Options(String body, SourceKind kind, boolean fromStart, int maxPages, boolean help, List<String> spring) {
    }

    private HarvestCommand() {
    }

    /**
     * @param start starts the portal's context without a web server and schedule, with these arguments
     */
    public static int runFromMain(String[] args, Function<String[], ConfigurableApplicationContext> start) {
        return run(args, System.out, System.err, start);
    }

    static int run(String[] args, PrintStream out, PrintStream err,
            Function<String[], ConfigurableApplicationContext> start) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            usage(err);
            return 2;
        }
        if (options.help()) {
            usage(out);
            return 0;
        }
        try (ConfigurableApplicationContext context = start.apply(options.spring().toArray(String[]::new))) {
            return harvest(options, context.getBean(HarvestSources.class), context.getBean(Harvester.class),
                    context.getBean(Bodies.class), out, err);
        } catch (RuntimeException e) {
            err.println("Oogsten mislukt: " + e.getMessage());
            return 1;
        }
    }

    static Options parse(String[] args) {
        String body = null;
        SourceKind kind = null;
        boolean fromStart = false;
        int maxPages = 0;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = option.contains("=") ? option.substring(option.indexOf('=') + 1) : null;
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            switch (name) {
                case "--help", "-h" -> {
                    return new Options(null, null, false, 0, true, List.of());
                }
                case "--opnieuw" -> fromStart = true;
                case "--orgaan" -> body = value != null ? value : next(args, ++i, name);
                case "--bron" -> {
                    String slug = value != null ? value : next(args, ++i, name);
                    kind = SourceKind.fromSlug(slug).orElseThrow(() -> new IllegalArgumentException(
                            "Onbekende bron: " + slug + ". Kies " + kinds() + "."));
                }
                case "--max-paginas" -> {
                    String pages = value != null ? value : next(args, ++i, name);
                    try {
                        maxPages = Integer.parseInt(pages);
                    } catch (NumberFormatException e) {
                        maxPages = -1;
                    }
                    if (maxPages < 1) {
                        throw new IllegalArgumentException("--max-paginas vraagt een aantal van 1 of meer, niet "
                                + pages + ".");
                    }
                }
                default -> {
                    // a setting of the portal, as --name=value (--spring.datasource.url=…)
                    if (!option.startsWith("--") || value == null) {
                        throw new IllegalArgumentException("Onbekende optie: " + option);
                    }
                    spring.add(option);
                }
            }
        }
        return new Options(body, kind, fromStart, maxPages, false, List.copyOf(spring));
    }

    /** Harvests the sources the options choose, one after the other; 1 when one failed. */
    static int harvest(Options options, HarvestSources sources, Harvester harvester, Bodies bodies,
            PrintStream out, PrintStream err) {
        Long bodyId = null;
        if (options.body() != null) {
            BodyView body = bodies.findBySlug(options.body()).orElse(null);
            if (body == null) {
                err.println("Onbekend orgaan: " + options.body());
                return 2;
            }
            bodyId = body.id();
        }
        Long chosenBody = bodyId;
        List<HarvestSource> chosen = sources.all().stream()
                .filter(source -> chosenBody == null || source.bodyId() == chosenBody)
                .filter(source -> options.kind() == null || source.kind() == options.kind()).toList();
        if (chosen.isEmpty()) {
            out.println("Geen bronnen om te oogsten. Een griffie stelt ze in onder /beheer/<orgaan>/bronnen.");
            return 0;
        }
        Map<Long, BodyView> names = bodies.byIds(chosen.stream().map(HarvestSource::bodyId).toList());
        boolean failed = false;
        for (HarvestSource source : chosen) {
            HarvestRun run = harvester.harvest(source.id(), new HarvestOptions(options.fromStart(),
                    options.maxPages()));
            out.println(names.get(source.bodyId()).slug() + ", " + source.kind().label() + " (" + source.baseUrl()
                    + "): " + outcome(run));
            failed |= run.failed();
        }
        return failed ? 1 : 0;
    }

    private static String outcome(HarvestRun run) {
        if (run.busy()) {
            return "overgeslagen, want deze bron wordt al geoogst.";
        }
        String pages = run.pages() + (run.pages() == 1 ? " pagina" : " pagina's");
        String counts = run.counts().inDutch();
        if (run.failed()) {
            return "MISLUKT na " + pages + " (" + counts + "): " + run.error();
        }
        return counts + " (" + pages + (run.complete() ? ")."
                : "; gestopt, de volgende oogst gaat hier verder).");
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Optie " + option + " mist een waarde.");
        }
        return args[i];
    }

    private static String kinds() {
        return Arrays.stream(SourceKind.values()).map(SourceKind::slug).collect(Collectors.joining(", "));
    }

    static void usage(PrintStream out) {
        out.println("Gebruik: java -jar motiemonitor.jar " + NAME + " [--orgaan SLUG] [--bron " + kinds().replace(", ",
                "|") + "] [--opnieuw] [--max-paginas N] [--help]");
        out.println("Oogst de bronnen die griffies in het beheer instellen (/beheer/<orgaan>/bronnen), een voor een,");
        out.println("en meldt per bron wat er is opgeslagen: nieuw, bijgewerkt, ongewijzigd, conflicten, verwijderd.");
        out.println();
        out.println("  --orgaan SLUG      alleen de bronnen van dit orgaan (bijvoorbeeld tweede-kamer)");
        out.println("  --bron SOORT       alleen bronnen van deze soort: " + kinds());
        out.println("  --opnieuw          begin bij de eerste pagina van de bron, niet waar de vorige oogst ophield");
        out.println("  --max-paginas N    stop na N pagina's; de volgende oogst gaat daar verder");
        out.println("  --help             deze uitleg");
        out.println();
        out.println("De database en andere instellingen zoals bij de portal: omgevingsvariabelen (SPRING_DATASOURCE_URL,");
        out.println("…) of --naam=waarde (bijvoorbeeld --spring.datasource.url=jdbc:postgresql://…).");
        out.println("Afsluitcode 0: alles geoogst; 1: een bron mislukte; 2: verkeerd gebruik.");
    }
}
