package nl.motiemonitor.generator;

import java.time.Duration;
import java.util.Map;

/** Rows loaded per table, and how long writing the files and loading them took. */
record GenerationResult(Map<String, Long> rows, Duration writing, Duration loading) {

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }
}
