package nl.motiemonitor.dashboard;

/** Motions adopted and discharged in a quarter ("2025 K3"). */
public record QuarterFigures(String quarter, long adopted, long discharged) {
}
