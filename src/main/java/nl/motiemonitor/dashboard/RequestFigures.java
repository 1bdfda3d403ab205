package nl.motiemonitor.dashboard;

/**
 * The motions tracked per request, counted by request: where one letter answers some requests of a motion, the
 * requests are the truer number. The other figures count each such motion once, with the status that follows from its
 * requests.
 *
 * @param motions          motions tracked per request
 * @param requests         their requests
 * @param discharged       requests discharged
 * @param late             requests late now (request_terms_on, V30)
 * @param partlyDischarged motions of which some requests are discharged, not all ("deels afgedaan")
 */
public record RequestFigures(long motions, long requests, long discharged, long late, long partlyDischarged) {
}
