package nl.motiemonitor.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that says what "today" is (in the Netherlands); tests replace it with a fixed one. */
@Configuration
class Clocks {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(DutchDates.NETHERLANDS);
    }
}
