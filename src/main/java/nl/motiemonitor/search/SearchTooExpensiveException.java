package nl.motiemonitor.search;

import java.io.Serial;

/**
 * A search cancelled by the search page's time limit ({@link SearchService#overCandidates}): the words are too common
 * for the filters chosen. Worth trying again later, or with more words.
 */
public class SearchTooExpensiveException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    SearchTooExpensiveException(Throwable cause) {
        super("Search cancelled by its time limit", cause);
    }
}
