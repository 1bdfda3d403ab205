package nl.motiemonitor.importing;

/** Why a line of a document is not body text; a body line has no role ({@code null}). */
enum LineRole {
    /** Page furniture: page numbers, running headers and footers. */
    FURNITURE,
    /** A line that repeats on many pages, such as a letterhead. */
    REPEATED,
    /** The text of a footnote at the foot of a page. */
    FOOTNOTE,
    /** A field of the letter's or motion's header block (kenmerk, onderwerp, datum, …). */
    HEADER,
    /** The closing and signature of a letter. */
    CLOSING,
    /** A clause of a motion. */
    CLAUSE
}
