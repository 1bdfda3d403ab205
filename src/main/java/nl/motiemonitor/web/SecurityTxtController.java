package nl.motiemonitor.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@code /.well-known/security.txt} from configuration; 404 when no contact is configured. */
@RestController
class SecurityTxtController {

    private final SecurityTxtProperties properties;

    SecurityTxtController(SecurityTxtProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/.well-known/security.txt")
    ResponseEntity<String> securityTxt() {
        if (properties.contact() == null || properties.contact().stream().allMatch(String::isBlank)) {
            throw new NotFoundException("security.txt");
        }
        StringBuilder text = new StringBuilder();
        properties.contact().stream().map(String::strip).filter(contact -> !contact.isEmpty())
                .forEach(contact -> text.append("Contact: ").append(contact).append('\n'));
        if (properties.expires() != null) {
            text.append("Expires: ").append(DateTimeFormatter.ISO_INSTANT.format(
                    properties.expires().withOffsetSameInstant(ZoneOffset.UTC).toInstant()
                            .truncatedTo(ChronoUnit.SECONDS))).append('\n');
        }
        if (properties.preferredLanguages() != null && !properties.preferredLanguages().isBlank()) {
            text.append("Preferred-Languages: ").append(properties.preferredLanguages().strip()).append('\n');
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic()).body(text.toString());
    }
}
