package nl.motiemonitor.harvest;

import java.io.IOException;

/**
 * Reads one kind of source, one page at a time. The cursor is the client's own (an OData next link, a page number,
 * a change date): the harvest stores the cursor a page returns only after it stored that page's records, so a
 * harvest that stops resumes there. Implementations hold no state between calls.
 */
public interface SourceClient {

    SourceKind kind();

    /**
     * The records of the page at {@code cursor}, or of the first page when {@code cursor} is null.
     *
     * @throws HarvestSourceException when the source answers with an error or with a shape the client cannot read
     */
    HarvestPage fetch(SourceSettings settings, String cursor) throws IOException, InterruptedException;
}
