package dev.p2caudit.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * Passes text on, replacing each character the target encoding cannot represent with a plain
 * ASCII stand-in: {@code →} becomes {@code ->}, {@code —} {@code -}, {@code …} {@code ...},
 * accented letters their base letter, anything else {@code ?}. Without it a Windows console shows
 * {@code ?} or mojibake where the text says how a column maps.
 */
final class AsciiFallbackWriter extends FilterWriter {

    private static final Map<Character, String> STAND_INS = Map.ofEntries(
            Map.entry('\u2192', "->"), Map.entry('\u2190', "<-"), Map.entry('\u2194', "<->"),
            Map.entry('\u2014', "-"), Map.entry('\u2013', "-"), Map.entry('\u2212', "-"),
            Map.entry('\u2026', "..."), Map.entry('\u2018', "'"), Map.entry('\u2019', "'"),
            Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u00A0', " "),
            Map.entry('\u202F', " "), Map.entry('\u2022', "*"), Map.entry('\u00D7', "x"),
            Map.entry('\u2264', "<="), Map.entry('\u2265', ">="), Map.entry('\u2260', "!="),
            Map.entry('\u20AC', "EUR"), Map.entry('\u2713', "v"), Map.entry('\u00B7', "."),
            // Letters without a decomposition to a base letter.
            Map.entry('\u0141', "L"), Map.entry('\u0142', "l"), Map.entry('\u00D8', "O"), Map.entry('\u00F8', "o"),
            Map.entry('\u0110', "D"), Map.entry('\u0111', "d"), Map.entry('\u0152', "OE"), Map.entry('\u0153', "oe"));

    private final CharsetEncoder encoder;
    /** Whether each BMP character can be encoded, learnt as met: 0 unknown, 1 yes, 2 no. */
    private final byte[] known = new byte[Character.MAX_VALUE + 1];
    private final boolean everything;

    AsciiFallbackWriter(Writer out, Charset charset) {
        super(out);
        this.encoder = charset.newEncoder();
        this.everything = charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-");
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (everything) {
            out.write(text, offset, length);
            return;
        }
        StringBuilder plain = null;
        for (int i = offset; i < offset + length; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < offset + length
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (!pair && encodable(c)) {
                if (plain != null) {
                    plain.append(c);
                }
                continue;
            }
            if (plain == null) {
                plain = new StringBuilder(length + 8).append(text, offset, i);
            }
            if (pair) {
                plain.append(encoder.canEncode(text.substring(i, i + 2)) ? text.substring(i, i + 2) : "?");
                i++;
            } else {
                plain.append(standIn(c));
            }
        }
        if (plain == null) {
            out.write(text, offset, length);
        } else {
            out.write(plain.toString());
        }
    }

    private boolean encodable(char c) {
        if (c < 0x80) {
            return true;
        }
        if (known[c] == 0) {
            known[c] = (byte) (!Character.isSurrogate(c) && encoder.canEncode(c) ? 1 : 2);
        }
        return known[c] == 1;
    }

    private String standIn(char c) {
        String mapped = STAND_INS.get(c);
        if (mapped != null) {
            return mapped;
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !base.isEmpty() && base.chars().allMatch(ch -> ch < 0x80) ? base : "?";
    }
}
