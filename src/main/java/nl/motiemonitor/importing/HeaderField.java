package nl.motiemonitor.importing;

/** The fields of a letter's header that a label names ("Onderwerp:", "Ons kenmerk"). */
enum HeaderField {
    DATE, SUBJECT, REFERENCE, YOUR_REFERENCE, YOUR_LETTER, CONTACT, DEPARTMENT, UNIT, PHONE, EMAIL, ATTACHMENTS,
    REGISTRATION, COPY
}
