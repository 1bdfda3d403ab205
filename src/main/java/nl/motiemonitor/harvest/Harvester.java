package nl.motiemonitor.harvest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.motiemonitor.shared.AuditContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Harvests one source: from where its last run stopped (or, with nothing to go on, its first page), page after page,
 * each page stored with the cursor of the next in one transaction ({@link PageWriter}), until the last page, whose
 * resume cursor the next run starts from. One run of a source at a time ({@link HarvestLock}). An error stops the
 * run and is recorded with the source; the pages stored stay, and the next run asks for the page that failed. A
 * record that breaks a rule of the council's business stops nothing: it is skipped and listed ({@link HarvestProblems}).
 */
@Service
public class Harvester {

    private static final Logger LOG = LoggerFactory.getLogger(Harvester.class);

    private final HarvestSources sources;
    private final Map<SourceKind, SourceClient> clients;
    private final PageWriter writer;
    private final HarvestLock lock;

    Harvester(HarvestSources sources, List<SourceClient> clients, PageWriter writer, HarvestLock lock) {
        this.sources = sources;
        this.clients = clients.stream().collect(Collectors.toMap(SourceClient::kind, Function.identity()));
        this.writer = writer;
        this.lock = lock;
    }

    /**
     * Harvests the source now, in this thread.
     *
     * @throws IllegalArgumentException when there is no such source
     */
    public HarvestRun harvest(long sourceId, HarvestOptions options) {
        HarvestSource source = sources.find(sourceId)
                .orElseThrow(() -> new IllegalArgumentException("Bron " + sourceId + " bestaat niet."));
        return lock.whileHeld(sourceId, () -> run(sources.find(sourceId).orElse(source), options))
                .orElseGet(() -> HarvestRun.busy(source));
    }

    private HarvestRun run(HarvestSource source, HarvestOptions options) {
        String cursor = options.fromStart() ? null
                : source.cursor() != null ? source.cursor() : source.resumeCursor();
        sources.started(source.id());
        HarvestCounts counts = HarvestCounts.NONE;
        int pages = 0;
        boolean complete = false;
        String error = null;
        try {
            SourceClient client = clients.get(source.kind());
            if (client == null) {
                throw new HarvestSourceException("Deze portal kan " + source.kind().label() + " niet oogsten.");
            }
            while (options.maxPages() == 0 || pages < options.maxPages()) {
                HarvestPage page = client.fetch(source.settings(), cursor);
                counts = counts.plus(store(source, page));
                pages++;
                if (page.last()) {
                    complete = true;
                    break;
                }
                cursor = page.nextCursor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "De oogst is onderbroken.";
        } catch (IOException e) {
            error = "De bron is niet bereikbaar (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").";
        } catch (HarvestSourceException | PageWriter.RecordFailedException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("Oogst van bron {} mislukt", source.id(), e);
            error = "Onverwachte fout bij het oogsten; het logboek van de portal zegt meer.";
        }
        if (error != null) {
            LOG.warn("Oogst van bron {} ({}) gestopt na {} pagina's: {}", source.id(), source.kind(), pages, error);
        }
        sources.finished(source.id(), error);
        return new HarvestRun(sources.find(source.id()).orElse(source), counts, pages, complete, error, false);
    }

    /**
     * Stores the page; a record that breaks a rule of the council's business is left out and the page stored again
     * without it (in a transaction of its own each time, so nothing of the refused record stays), at most once per
     * record of the page.
     */
    private HarvestCounts store(HarvestSource source, HarvestPage page) {
        List<PageWriter.Skipped> skipped = new ArrayList<>();
        while (true) {
            try {
                return AuditContext.as(HarvestContext.ACTOR, PageWriter.context(source).note(),
                        () -> writer.store(source, page, skipped));
            } catch (PageWriter.RecordRefusedException refused) {
                LOG.info("Oogst van bron {} slaat record {} over: {}", source.id(),
                        refused.skipped().record().sourceId(), refused.getMessage());
                skipped.add(refused.skipped());
            }
        }
    }
}
