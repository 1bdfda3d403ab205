package nl.motiemonitor.api;

/** A request the API cannot answer as asked (a cursor it did not give out, a limit out of range): 400, in Dutch. */
class BadApiRequest extends RuntimeException {

    BadApiRequest(String detail) {
        super(detail);
    }
}
