package nl.motiemonitor.table;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Reads a whole list for a download a chunk at a time, in the page's order: what goes with each chunk's rows (their
 * terms, their letters) is one query per chunk, and no query names more items than a statement may bind.
 */
public final class Chunks {

    /** Rows read at a time. */
    public static final int SIZE = 5_000;

    private Chunks() {
    }

    /** Hands every chunk that {@code read} gives, from the first page of {@link #SIZE} rows to the last, to {@code chunk}. */
    public static <S> void each(Function<Pageable, Page<S>> read, Sort order, Consumer<List<S>> chunk) {
        Page<S> page = read.apply(PageRequest.of(0, SIZE, order));
        while (true) {
            chunk.accept(page.getContent());
            if (!page.hasNext()) {
                return;
            }
            page = read.apply(page.nextPageable());
        }
    }
}
