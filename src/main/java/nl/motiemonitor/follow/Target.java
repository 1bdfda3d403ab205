package nl.motiemonitor.follow;

/** What can be followed. */
public enum Target {
    MOTION, COMMITMENT, BODY, PARTY, SEARCH
}
