package nl.motiemonitor.api;

/** The Dutch words of the OpenAPI description that several operations share. */
final class ApiDocs {

    static final String STATUS = "Alleen deze status, met de waarde die de portal gebruikt: open, in-behandeling, "
            + "afdoening-voorgesteld, afgedaan of vervallen.";
    static final String ID = "Het vaste id (uit 'id' of 'url' van een lijst).";
    static final String LIST = " Op volgorde van id, in pagina's met een cursor: volg 'next' (of de header Link met "
            + "rel=\"next\") tot die null is. Alleen openbare onderdelen; concepten staan er nooit in.";

    private ApiDocs() {
    }
}
