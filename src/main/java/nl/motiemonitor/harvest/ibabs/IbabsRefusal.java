package nl.motiemonitor.harvest.ibabs;

import nl.motiemonitor.harvest.HarvestSourceException;

/** iBabs answered, but refused the question ({@code Status} ERR): unlike an error status, it will not pass by itself. */
final class IbabsRefusal extends HarvestSourceException {

    IbabsRefusal(String message) {
        super(message);
    }
}
