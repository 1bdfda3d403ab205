package nl.motiemonitor.follow;

/** What can be followed; {@code ALL} (every body) only as a feed. */
enum Target {
    MOTION, COMMITMENT, BODY, PARTY, SEARCH, ALL
}
