package dev.p2caudit.report;

/**
 * Text made fit for XML 1.0: exports can hold control characters that no XML document may contain
 * (escaped or not), which would make the whole file unreadable to a CI server. They become U+FFFD.
 * Escaping itself is the XML writer's job.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    /** XML 1.0's Char production. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
