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
 * Signed unsubscribe tokens: "{subscription id}.{HMAC-SHA256 of it}", so a link in a mail ends a subscription
 * without logging in, and nobody can make a link for another subscription.
 */
@Component
class UnsubscribeTokens {

    private final byte[] key;

    UnsubscribeTokens(FollowProperties properties, JdbcClient jdbc) {
        this.key = properties.secret() != null && !properties.secret().isBlank()
                ? properties.secret().getBytes(StandardCharsets.UTF_8)
                : jdbc.sql("select secret from app_secrets where name = 'unsubscribe'").query(byte[].class).single();
    }

    String sign(long subscriptionId) {
        return subscriptionId + "." + mac(Long.toString(subscriptionId));
    }

    /** The subscription id of a genuine token. */
    Optional<Long> verify(String token) {
        if (token == null || !token.matches("[0-9]{1,18}\\.[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        String id = token.substring(0, token.indexOf('.'));
        String given = token.substring(token.indexOf('.') + 1);
        return MessageDigest.isEqual(mac(id).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII)) ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private String mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(("unsubscribe:" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
