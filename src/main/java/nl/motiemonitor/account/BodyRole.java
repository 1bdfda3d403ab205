package nl.motiemonitor.account;

/** A user's role in one body. */
enum BodyRole {
    /** A council member: reads the body's unpublished items. */
    MEMBER("Raadslid"),
    /** A clerk (griffie): creates and edits the body's motions, commitments and letters. */
    CLERK("Griffie");

    private final String label;

    BodyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
