package nl.motiemonitor.follow;

import java.time.Duration;

/** How often a follower gets mail: a message per event, or a digest once a day or once a week. */
public enum Frequency {
    EVENT("Per gebeurtenis een bericht", Duration.ZERO),
    DAILY("Eén overzicht per dag", Duration.ofDays(1)),
    WEEKLY("Eén overzicht per week", Duration.ofDays(7));

    private final String label;
    private final Duration interval;

    Frequency(String label, Duration interval) {
        this.label = label;
        this.interval = interval;
    }

    public String label() {
        return label;
    }

    Duration interval() {
        return interval;
    }
}
