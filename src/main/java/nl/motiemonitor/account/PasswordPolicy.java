package nl.motiemonitor.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Refuses passwords that are easy to guess, wherever a password is set (the first administrator's, a new user's, a
 * temporary one, one's own): zxcvbn (zxcvbn4j) estimates how many guesses an attacker needs, with its lists of
 * passwords from breaches (the 30,000 most common), words, names and keyboard patterns, and with the user's own name
 * and the portal's words as they would guess them. Below {@value #MIN_SCORE} (about 10^8 guesses) a password is
 * refused. Length alone (12 to 128 characters) is checked by the forms.
 */
@Component
class PasswordPolicy {

    /** zxcvbn's score 3: "safely unguessable", at least 10^8 guesses. */
    static final int MIN_SCORE = 3;
    private static final List<String> PORTAL_WORDS = List.of("motiemonitor", "motie", "moties", "gemeente", "griffie",
            "raad", "raadslid", "beheer", "beheerder", "admin", "welkom", "wachtwoord", "geheim");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * Why {@code password} is too easy to guess, or empty when it is strong enough. {@code personal} are the user's
     * name and display name, which an attacker tries first.
     */
    Optional<Weakness> weakness(String password, String... personal) {
        List<String> inputs = new ArrayList<>(PORTAL_WORDS);
        for (String word : personal) {
            if (word != null && !word.isBlank()) {
                inputs.add(word.strip());
            }
        }
        Strength strength = zxcvbn.measure(password, inputs);
        return strength.getScore() >= MIN_SCORE ? Optional.empty() : Optional.of(new Weakness(strength.getFeedback()));
    }

    /** zxcvbn's reason a password is weak, said as a sentence without the field's name in a language. */
    record Weakness(Feedback feedback) {

        /** "dit wachtwoord is te makkelijk te raden (…). Kies een ander, …" (message {@code account.password.weak}). */
        String text(MessageSource messages, Locale locale) {
            Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
            String warning = feedback.getWarning(language);
            String why = warning == null || warning.isBlank() ? "" : " (" + lowerFirst(warning.strip()
                    .replaceAll("\\.$", "")) + ")";
            return messages.getMessage("account.password.weak", new Object[] {why}, locale);
        }
    }

    /** Thrown by {@link Accounts} for a password that {@link #weakness} refuses, with the reason. */
    static class WeakPasswordException extends RuntimeException {
        private final transient Weakness weakness;

        WeakPasswordException(Weakness weakness) {
            super("password too easy to guess");
            this.weakness = weakness;
        }

        /** The reason, without the field's name, in {@code locale}. */
        String reason(MessageSource messages, Locale locale) {
            return weakness.text(messages, locale);
        }
    }

    /** The reason why a password is refused, as {@link WeakPasswordException}, or nothing. */
    void requireStrong(String password, String... personal) {
        weakness(password, personal).ifPresent(weakness -> {
            throw new WeakPasswordException(weakness);
        });
    }

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
