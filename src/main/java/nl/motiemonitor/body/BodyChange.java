package nl.motiemonitor.body;

/** What an administrator sets on a body: its slug (the first part of its URLs), name, kind, CBS code and theme. */
public record BodyChange(String slug, String name, BodyKind kind, String cbsCode, String theme) {
}
