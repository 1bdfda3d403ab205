package nl.motiemonitor.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a register (CSV or Excel) a clerk uploads; a file beyond them is refused with a message in the clerk's
 * language (README, "Staff area").
 *
 * @param maxSize largest file (keep {@code spring.servlet.multipart.max-file-size} at least as large)
 * @param maxRows most rows below the header
 */
@ConfigurationProperties("motiemonitor.register")
record RegisterProperties(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("2000") int maxRows) {
}
