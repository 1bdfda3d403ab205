package nl.motiemonitor.harvest;

/**
 * How to run a harvest: {@code fromStart} ignores where the last run stopped and reads the source from its first
 * page; {@code maxPages} stops after that many pages (0: no limit), so the next run goes on from there.
 */
public record HarvestOptions(boolean fromStart, int maxPages) {

    public static final HarvestOptions NEXT = new HarvestOptions(false, 0);

    public HarvestOptions {
        if (maxPages < 0) {
            throw new IllegalArgumentException("Het aantal pagina's kan niet negatief zijn.");
        }
    }
}
