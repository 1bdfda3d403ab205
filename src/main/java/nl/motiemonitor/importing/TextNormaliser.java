package nl.motiemonitor.importing;

import java.text.Normalizer;

/**
 * The one normal form every span refers to: an officiële publicatie in XML as its printed text, mojibake repaired, NFC, {@code \n} line ends, page breaks as blank lines, no soft hyphens,
 * zero-width or control characters, ligatures spelled out, non-breaking spaces as spaces, a tab as three (the gap between a table's columns), no trailing spaces.
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    public static String normalise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(Mojibake.repair(OfficialPublicationXml.toText(raw)), Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        continue;
                    }
                    newline(b);
                }
                case '\n', '\u000B', '\u2028', '\u2029', '\u0085' -> newline(b);
                case '\f' -> {
                    newline(b);
                    newline(b);
                }
                case '\t' -> b.append("   "); // a column of a table: kept apart from its neighbour (ListTable)
                case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u200A', '\u3000' -> b.append(' ');
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                    // invisible: dropped
                }
                case '\uFB00' -> b.append("ff");
                case '\uFB01' -> b.append("fi");
                case '\uFB02' -> b.append("fl");
                case '\uFB03' -> b.append("ffi");
                case '\uFB04' -> b.append("ffl");
                case '\uFB05', '\uFB06' -> b.append("st");
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            b.append('\uFFFD');
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        b.append('\uFFFD');
                    } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        stripTrailingSpaces(b);
        return b.toString();
    }

    private static void newline(StringBuilder b) {
        stripTrailingSpaces(b);
        b.append('\n');
    }

    private static void stripTrailingSpaces(StringBuilder b) {
        int len = b.length();
        while (len > 0 && b.charAt(len - 1) == ' ') {
            len--;
        }
        b.setLength(len);
    }
}
