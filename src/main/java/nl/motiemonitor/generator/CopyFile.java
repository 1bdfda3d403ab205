package nl.motiemonitor.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Rows of one table in PostgreSQL's COPY text format, written to a temporary file. */
final class CopyFile implements AutoCloseable {

    final String table;
    final String columns;
    final Path path;
    private final Writer out;
    private boolean firstColumn = true;
    long rows;

    CopyFile(Path directory, String table, String columns) {
        this.table = table;
        this.columns = columns;
        this.path = directory.resolve(table + ".copy");
        try {
            this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String copySql() {
        return "copy " + table + " (" + columns + ") from stdin";
    }

    CopyFile add(Object value) {
        try {
            if (!firstColumn) {
                out.write('\t');
            }
            firstColumn = false;
            if (value == null) {
                out.write("\\N");
                return this;
            }
            String text = value instanceof LocalDate date ? date.toString() : value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    case '\t' -> out.write("\\t");
                    default -> out.write(c);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void end() {
        try {
            out.write('\n');
            firstColumn = true;
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
