package dev.p2caudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one pass over a file's bytes tells: its SHA-256, its size, whether it is a workbook or
 * text, and for text the encoding. UTF-8 is checked over the whole file, not a sample, so a
 * Windows-1252 byte on the last line is not read as garbage.
 */
record FileFacts(String sha256, long size, Format format, TextEncoding encoding) {

    enum Format { TEXT, XLSX, XLS, EMPTY }

    private static final int CHUNK = 1 << 16;

    static FileFacts scan(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK];
            int first = in.readNBytes(buffer, 0, CHUNK);
            byte[] head = java.util.Arrays.copyOf(buffer, first);
            Format format = formatOf(head);
            TextEncoding bomOrGuess = format == Format.TEXT ? fromBom(head) : null;
            Utf8Check utf8 = bomOrGuess == null && format == Format.TEXT ? new Utf8Check() : null;
            long size = 0;
            for (int n = first; n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
                if (utf8 != null) {
                    utf8.feed(buffer, n);
                }
            }
            TextEncoding encoding = utf8 == null ? bomOrGuess : utf8.finish() ? TextEncoding.UTF8 : TextEncoding.WINDOWS_1252;
            return new FileFacts(HexFormat.of().formatHex(digest.digest()), size, format, encoding);
        }
    }

    private static Format formatOf(byte[] head) {
        if (head.length == 0) {
            return Format.EMPTY;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Format.XLSX;
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return Format.XLS;
        }
        return Format.TEXT;
    }

    /** A byte-order mark decides; without one, UTF-16 shows as a zero in every other byte. */
    private static TextEncoding fromBom(byte[] head) {
        int b0 = head.length > 0 ? head[0] & 0xFF : -1;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        int b2 = head.length > 2 ? head[2] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return TextEncoding.UTF8_BOM;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return TextEncoding.UTF16LE_BOM;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return TextEncoding.UTF16BE_BOM;
        }
        return utf16WithoutBom(head);
    }

    private static TextEncoding utf16WithoutBom(byte[] head) {
        int pairs = Math.min(head.length, 4096) / 2;
        if (pairs < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > pairs * 0.7 && evenZeros == 0) {
            return TextEncoding.UTF16LE;
        }
        return evenZeros > pairs * 0.7 && oddZeros == 0 ? TextEncoding.UTF16BE : null;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** Streams bytes through the JDK's strict UTF-8 decoder; any malformed sequence ends the check. */
    private static final class Utf8Check {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer sink = CharBuffer.allocate(CHUNK);
        private ByteBuffer pending = ByteBuffer.allocate(0);
        private boolean valid = true;

        void feed(byte[] bytes, int length) {
            if (!valid) {
                return;
            }
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
            in.put(pending).put(bytes, 0, length).flip();
            decode(in, false);
            pending = in.slice();
        }

        boolean finish() {
            if (valid) {
                decode(pending, true);
            }
            return valid;
        }

        private void decode(ByteBuffer in, boolean end) {
            while (valid) {
                sink.clear();
                CoderResult result = decoder.decode(in, sink, end);
                if (result.isError()) {
                    valid = false;
                } else if (result.isUnderflow()) {
                    return;
                }
            }
        }
    }
}
