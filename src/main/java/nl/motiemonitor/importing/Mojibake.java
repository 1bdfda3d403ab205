package nl.motiemonitor.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs UTF-8 that was read as Windows-1252 ("geÃ¯nformeerd") or as the DOS code page 437 ("ge├»nformeerd"): a run
 * of characters whose bytes in that code page form exactly one valid UTF-8 sequence of a letter or punctuation mark is
 * replaced by that character. Dutch text never has such runs on purpose, so nothing else changes.
 */
final class Mojibake {

    private static final List<Map<Character, Integer>> CODE_PAGES = List.of(
            bytesOf(Charset.forName("windows-1252")), bytesOf(Charset.forName("IBM437")));

    private Mojibake() {
    }

    static String repair(String s) {
        StringBuilder out = null;
        int n = s.length();
        int copiedTo = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            for (Map<Character, Integer> page : CODE_PAGES) {
                int length = sequenceAt(s, i, page);
                if (length == 0) {
                    continue;
                }
                String repaired = decoded(s, i, length, page);
                if (repaired != null) {
                    if (out == null) {
                        out = new StringBuilder(n);
                    }
                    out.append(s, copiedTo, i).append(repaired);
                    copiedTo = i + length;
                    i += length - 1;
                    break;
                }
            }
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copiedTo, n).toString();
    }

    /** The length of the UTF-8 sequence the characters at {@code i} would be in this code page, or 0. */
    private static int sequenceAt(String s, int i, Map<Character, Integer> page) {
        Integer lead = page.get(s.charAt(i));
        if (lead == null || lead < 0xC2 || lead > 0xF4) {
            return 0;
        }
        int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + length > s.length()) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            Integer next = page.get(s.charAt(i + k));
            if (next == null || next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static String decoded(String s, int i, int length, Map<Character, Integer> page) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            bytes[k] = (byte) (int) page.get(s.charAt(i + k));
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            int cp = decoded.codePointAt(0);
            boolean meaningful = Character.isLetter(cp) || Character.getType(cp) == Character.INITIAL_QUOTE_PUNCTUATION
                    || Character.getType(cp) == Character.FINAL_QUOTE_PUNCTUATION
                    || Character.getType(cp) == Character.DASH_PUNCTUATION || cp == '€' || cp == '…';
            return meaningful ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Each character of the code page's upper half, with its byte. */
    private static Map<Character, Integer> bytesOf(Charset charset) {
        Map<Character, Integer> map = new HashMap<>();
        for (int b = 0x80; b <= 0xFF; b++) {
            String c = new String(new byte[] {(byte) b}, charset);
            if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
                map.putIfAbsent(c.charAt(0), b);
            } else {
                map.putIfAbsent((char) b, b); // bytes the code page leaves undefined pass through as C1 controls
            }
        }
        return map;
    }
}
