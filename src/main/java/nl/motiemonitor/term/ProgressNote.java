package nl.motiemonitor.term;

import java.time.Instant;
import java.time.LocalDate;

import nl.motiemonitor.shared.DutchDates;

/**
 * A progress note (stand van zaken) of a motion or commitment: what its source says about how far the executive is,
 * never the text of the motion itself. {@code notedOn} is the day the note speaks of when its source gives one;
 * {@code source} says where it came from ("Geïmporteerd uit register.csv").
 */
public record ProgressNote(String text, LocalDate notedOn, Instant recordedAt, String recordedBy, String source) {

    /** The day the note stands for: the one it names, else the day it was recorded (in the Netherlands). */
    public LocalDate day() {
        return notedOn != null ? notedOn : recordedAt.atZone(DutchDates.NETHERLANDS).toLocalDate();
    }
}
