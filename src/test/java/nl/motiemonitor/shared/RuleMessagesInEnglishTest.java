package nl.motiemonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;

import nl.motiemonitor.testsupport.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A refused move names the item, its status and dates in the reader's language, as a page shows it. */
class RuleMessagesInEnglishTest {

    private final ResourceBundleMessageSource messages = Messages.source();

    /** An item of the lifecycle as the domain has them, without the database. */
    private static final class Item extends TrackedItem {
        @Override
        protected String kind() {
            return "motion";
        }

        @Override
        protected String number() {
            return "RIS323480";
        }

        void start() {
            open(StatusChangeDetails.of(null, "griffie", "aangenomen"));
        }
    }

    @Test
    void aRefusedStatusMoveIsSaidInEnglishAndStaysDutchInItsMessage() {
        Item item = new Item();
        item.start();
        DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class,
                () -> item.acceptDischarge(StatusChangeDetails.of(null, "griffie", "raadsbesluit")));

        assertThat(refused).hasMessage("De raad kan de afdoening van motie RIS323480 alleen aanvaarden als die is"
                + " voorgesteld; de status is 'Open'.");
        assertThat(say(refused, Locale.ENGLISH)).isEqualTo("The council can only accept the discharge of motion"
                + " RIS323480 once it has been proposed; the status is 'Open'.");
        assertThat(say(refused, Locale.forLanguageTag("nl-NL"))).isEqualTo(refused.getMessage());
    }

    @Test
    void aLapseWithoutAReasonAndAMoveFromALapsedItemAreSaidInEnglish() {
        Item item = new Item();
        item.start();
        DomainRuleViolation noReason = catchThrowableOfType(DomainRuleViolation.class, () -> item.lapse(null));
        item.lapse(StatusChangeDetails.of(null, "griffie", "achterhaald door een nieuwe wet"));
        DomainRuleViolation lapsed = catchThrowableOfType(DomainRuleViolation.class,
                () -> item.proposeDischarge(StatusChangeDetails.of(null, "griffie", "brief")));

        assertThat(say(noReason, Locale.ENGLISH)).isEqualTo("State why motion RIS323480 lapses, for example a new law"
                + " or a later motion.");
        assertThat(lapsed).hasMessage("Motie RIS323480 kan niet van 'Vervallen' naar 'Afdoening voorgesteld'.");
        assertThat(say(lapsed, Locale.ENGLISH)).isEqualTo("Motion RIS323480 cannot move from 'Lapsed' to"
                + " 'Discharge proposed'.");
    }

    @Test
    void aDateInARuleIsWrittenThePagesWay() {
        DomainRuleViolation notLater = new DomainRuleViolation("rule.term.notLater", Phrase.date(LocalDate.of(2026,
                3, 31)));

        assertThat(notLater).hasMessage("De nieuwe termijn moet na de huidige termijn (31 maart 2026) liggen.");
        assertThat(say(notLater, Locale.ENGLISH)).isEqualTo("The new term must be after the current term (31 March"
                + " 2026).");
    }

    private String say(DomainRuleViolation violation, Locale locale) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {violation.code()},
                violation.arguments()), locale);
    }
}
