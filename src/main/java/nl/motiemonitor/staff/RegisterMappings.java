package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a body's clerks mapped the columns of their register, per header: offered first at the next upload, before the
 * guess from the header's words and the column's cells ({@link RegisterField#guessAll(RegisterTable)}).
 */
@Component
@Transactional
class RegisterMappings {

    private final JdbcClient jdbc;

    RegisterMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The mapping to offer for the register's columns: as remembered for the body, else guessed. */
    @Transactional(readOnly = true)
    List<RegisterField> offer(Long bodyId, RegisterTable table) {
        Map<String, RegisterField> remembered = new HashMap<>();
        jdbc.sql("select header_key, field from register_column_mappings where body_id = :body")
                .param("body", bodyId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(entry -> RegisterField.fromFormValue(entry.getValue())
                        .ifPresent(field -> remembered.put(entry.getKey(), field)));
        return offer(remembered, table);
    }

    /**
     * The mapping to offer for the register's columns: per header the field {@code remembered} for its key, else the
     * guess from the headers and the cells ({@link RegisterField#guessAll(RegisterTable)}).
     */
    static List<RegisterField> offer(Map<String, RegisterField> remembered, RegisterTable table) {
        List<String> headers = table.headers();
        List<RegisterField> guesses = RegisterField.guessAll(table);
        List<RegisterField> offered = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            offered.add(remembered.getOrDefault(key(headers.get(i)), guesses.get(i)));
        }
        return offered;
    }

    /** Remembers the clerk's mapping of these headers for the body. */
    void remember(Long bodyId, List<String> headers, List<RegisterField> fields, String by) {
        for (int i = 0; i < headers.size() && i < fields.size(); i++) {
            String key = key(headers.get(i));
            if (key.isEmpty()) {
                continue;
            }
            jdbc.sql("""
                    insert into register_column_mappings (body_id, header_key, field, updated_by)
                    values (:body, :key, :field, :by)
                    on conflict (body_id, header_key)
                    do update set field = excluded.field, updated_by = excluded.updated_by, updated_at = now()""")
                    .param("body", bodyId).param("key", key).param("field", fields.get(i).formValue())
                    .param("by", by).update();
        }
    }

    private static String key(String header) {
        String key = RegisterField.key(header);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
