package nl.motiemonitor.follow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed tokens for the links in mail: "{id}.{HMAC-SHA256 of purpose and id}", so a link ends a subscription
 * ({@link Purpose#UNSUBSCRIBE}, a subscription's id) or confirms an address ({@link Purpose#CONFIRM}, a
 * follower address's id) without logging in, nobody can make a link for another id, and a link made for one purpose
 * does nothing for the other.
 */
@Component
class LinkTokens {

    enum Purpose {
        UNSUBSCRIBE("unsubscribe:"), CONFIRM("confirm-address:");

        private final String prefix;

        Purpose(String prefix) {
            this.prefix = prefix;
        }
    }

    private final byte[] key;

    LinkTokens(FollowProperties properties, JdbcClient jdbc) {
        this.key = properties.secret() != null && !properties.secret().isBlank()
                ? properties.secret().getBytes(StandardCharsets.UTF_8)
                : jdbc.sql("select secret from app_secrets where name = 'unsubscribe'").query(byte[].class).single();
    }

    String sign(Purpose purpose, long id) {
        return id + "." + mac(purpose, Long.toString(id));
    }

    /** The id of a genuine token made for this purpose. */
    Optional<Long> verify(Purpose purpose, String token) {
        if (token == null || !token.matches("[0-9]{1,18}\\.[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        String id = token.substring(0, token.indexOf('.'));
        String given = token.substring(token.indexOf('.') + 1);
        return MessageDigest.isEqual(mac(purpose, id).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII)) ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private String mac(Purpose purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((purpose.prefix + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
