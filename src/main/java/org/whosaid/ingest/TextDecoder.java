package org.whosaid.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text or HTML file into Unicode: byte order marks first, then a declared charset, then
 * strict UTF-8, then a choice between windows-1251 and windows-1252; refuses binary data with a plain reason.
 */
final class TextDecoder {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** KOI8-U: KOI8-R plus the Ukrainian letters; both put Cyrillic in 0xC0-0xFF with the cases of windows-1251 swapped. */
    static final Charset KOI8_U = Charset.forName("KOI8-U");

    private static final int SNIFF_LENGTH = 8192;
    /** What windows-1251 makes of the UTF-8 continuation bytes 0x80-0xBF (0x98, unassigned, as U+FFFD). */
    private static final String CP1251_CONTINUATIONS = cp1251Continuations();
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}; {@code declared} is a charset named by the transport (an HTTP header) or null.
     *
     * @throws IngestException naming {@code input} when the bytes are binary or fit no supported encoding
     */
    static String decode(byte[] bytes, String declared, boolean html, String input) throws IngestException {
        String text = decodeBytes(bytes, declared, html, input);
        if (isMojibake(text)) {
            throw new IngestException(input, "the text is garbled: Russian or Ukrainian UTF-8 that was once read as"
                    + " Latin-1 or windows-1252 and saved again (\"Ð Ð¾Ñ\u0081Ñ\u0081Ð¸Ñ\u008f\" for \"Россия\");"
                    + " import the original file instead");
        }
        if (isCyrillicMojibake(text)) {
            throw new IngestException(input, "the text is garbled: Russian or Ukrainian UTF-8 that was once read as"
                    + " windows-1251 and saved again (\"Р—Р°СЏРІРёР»\" for \"Заявил\"); import the original file instead");
        }
        return text;
    }

    /**
     * Cyrillic UTF-8 read as windows-1251 and saved again: each letter's lead byte 0xD0/0xD1 becomes Р or С, and
     * its continuation byte (0x80-0xBF) one of the characters below, so nearly every non-ASCII character sits
     * in such a pair, which Russian or Ukrainian text (where Р and С are mostly followed by other letters) never has.
     */
    static boolean isCyrillicMojibake(String text) {
        return mostlyGarbledPairs(text, 'Р', 'С', next -> CP1251_CONTINUATIONS.indexOf(next) >= 0);
    }

    /**
     * Cyrillic UTF-8 read as Latin-1 and saved again: every letter becomes Ð or Ñ plus a character from
     * U+0080-U+00BF (or its windows-1252 look-alike), a pair that real Latin text almost never has.
     */
    static boolean isMojibake(String text) {
        return mostlyGarbledPairs(text, 'Ð', 'Ñ', next -> next >= 0x80 && next <= 0xBF
                || "‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ ".indexOf(next) >= 0);
    }

    /**
     * Whether, in the text's opening, at least 8 pairs of a lead ({@code leadA} or {@code leadB}) and a
     * continuation stand, and they hold at least two fifths of its non-ASCII characters: what a UTF-8 text decoded
     * with a single-byte charset looks like.
     */
    private static boolean mostlyGarbledPairs(String text, char leadA, char leadB, IntPredicate continuation) {
        int n = Math.min(text.length(), SNIFF_LENGTH * 4);
        int pairs = 0;
        int nonAscii = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
            }
            if ((c == leadA || c == leadB) && i + 1 < n && continuation.test(text.charAt(i + 1))) {
                pairs++;
            }
        }
        return pairs >= 8 && pairs * 5 >= nonAscii * 2;
    }

    private static String cp1251Continuations() {
        byte[] continuation = new byte[0x40];
        for (int i = 0; i < continuation.length; i++) {
            continuation[i] = (byte) (0x80 + i);
        }
        return new String(continuation, WINDOWS_1251) + "\u0098";
    }

    private static String decodeBytes(byte[] bytes, String declared, boolean html, String input) throws IngestException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            // The mark declares UTF-8: a stray bad byte becomes U+FFFD, as it does in UTF-8 without the mark (the
            // import reports the replacements), instead of refusing these bytes while accepting the same without it.
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, input);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, input);
        }
        Optional<Charset> utf16 = bomlessUtf16(bytes);
        if (utf16.isPresent()) {
            String text = strict(bytes, 0, utf16.get(), input);
            long controls = text.chars().limit(SNIFF_LENGTH)
                    .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
            if (controls * 100 > Math.min(text.length(), SNIFF_LENGTH)) {
                throw new IngestException(input, "not text: too many control characters (binary data)");
            }
            return text;
        }
        Optional<String> binary = binaryKind(bytes);
        if (binary.isPresent()) {
            throw new IngestException(input, "not text: " + binary.get());
        }
        int[] utf8 = utf8Counts(bytes);
        if (utf8[0] > 0 && utf8[1] == 0) {
            // Valid UTF-8 with non-ASCII letters is never legacy text by accident; saved pages often keep a stale
            // declaration (a UTF-8 file that still says gb2312), so these bytes outrank any declared charset.
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Optional<Charset> charset = supported(declared);
        if (charset.isEmpty() && html) {
            charset = metaCharset(bytes).flatMap(TextDecoder::supported);
        }
        if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
            return new String(bytes, charset.get());
        }
        if (utf8[1] == 0) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        return decodeUndeclared(bytes, utf8, input);
    }

    /**
     * UTF-16 without a byte order mark: in Latin or Cyrillic text saved as UTF-16 nearly every other byte is
     * zero, all on the same side (odd positions for little-endian, even for big-endian). Binary data has its
     * zeros scattered.
     */
    static Optional<Charset> bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, SNIFF_LENGTH) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 100 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 100 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** What binary format the bytes look like ("looks like a PNG image"), if they are not text. */
    static Optional<String> binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("looks like a PNG image");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("looks like a JPEG image");
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return Optional.of("looks like a GIF image");
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
            return Optional.of("looks like a WebP image");
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return Optional.of("looks like a PDF document");
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return Optional.of("looks like a ZIP archive (or a Word/OpenDocument file)");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Optional.of("looks like a gzip archive");
        }
        int n = Math.min(b.length, SNIFF_LENGTH);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return Optional.of("contains NUL bytes (binary data)");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        if (n > 0 && controls * 100 > n) {
            return Optional.of("too many control characters (binary data)");
        }
        return Optional.empty();
    }

    /** The charset a {@code <meta>} tag in the first bytes of an HTML page declares. */
    static Optional<String> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_LENGTH), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The named charset if Java supports it, with the WHATWG rule that Latin-1 labels mean windows-1252. */
    static Optional<Charset> supported(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        if (n.equals("utf8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * Bytes that are not strict UTF-8 and name no charset: mostly-UTF-8 text with a few broken bytes stays
     * UTF-8 (broken bytes become U+FFFD); otherwise a legacy single-byte page, Cyrillic or Western.
     */
    private static String decodeUndeclared(byte[] bytes, int[] counts, String input) throws IngestException {
        int validMultibyte = counts[0];
        int invalid = counts[1];
        if (validMultibyte > 0 && validMultibyte >= invalid) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (looksCyrillic(bytes)) {
            return cyrillic(bytes, input);
        }
        try {
            return strict(bytes, 0, WINDOWS_1252);
        } catch (CharacterCodingException e) {
            try {
                return strict(bytes, 0, WINDOWS_1251);
            } catch (CharacterCodingException again) {
                throw new IngestException(input, "bytes are not valid in any supported encoding"
                        + " (UTF-8, UTF-16 with BOM, windows-1251, windows-1252)");
            }
        }
    }

    /**
     * Undeclared single-byte Cyrillic: windows-1251 or KOI8. The same bytes read in the wrong one swap upper and
     * lower case (and scramble the letters), so the reading with more lower-case letters is the right one; one
     * that is no better than the other is refused rather than stored as mojibake.
     */
    private static String cyrillic(byte[] bytes, String input) throws IngestException {
        String cp1251 = new String(bytes, WINDOWS_1251);
        String koi8 = new String(bytes, KOI8_U);
        long lower1251 = lowerCyrillic(cp1251);
        long lowerKoi8 = lowerCyrillic(koi8);
        if (lower1251 == lowerKoi8) {
            throw new IngestException(input, "Cyrillic text in an unknown encoding (neither windows-1251 nor KOI8-R"
                    + " reads it clearly); save it as UTF-8 and import it again");
        }
        return lower1251 > lowerKoi8 ? cp1251 : koi8;
    }

    private static long lowerCyrillic(String s) {
        return s.chars().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC
                && Character.isLowerCase(c)).count();
    }

    /**
     * In windows-1251 Russian or Ukrainian text, bytes 0xC0-0xFF are letters that come in runs (whole words);
     * in windows-1252 they are accented letters mostly alone between ASCII letters.
     */
    static boolean looksCyrillic(byte[] bytes) {
        int high = 0;
        int inRuns = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (isHighLetter(bytes[i])) {
                high++;
                boolean prev = i > 0 && isHighLetter(bytes[i - 1]);
                boolean next = i + 1 < bytes.length && isHighLetter(bytes[i + 1]);
                if (prev || next) {
                    inRuns++;
                }
            }
        }
        return high > 0 && inRuns * 2 > high;
    }

    private static boolean isHighLetter(byte b) {
        int c = b & 0xFF;
        return c >= 0xC0 || c == 0xA8 || c == 0xB8 || c == 0xB2 || c == 0xB3 || c == 0xAA || c == 0xBA
                || c == 0xAF || c == 0xBF;
    }

    /** Counts of well-formed multi-byte UTF-8 sequences and of bytes that belong to no valid sequence. */
    private static int[] utf8Counts(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String input) throws IngestException {
        try {
            return strict(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new IngestException(input, "bytes are not valid in any supported encoding (they look like "
                    + charset.name() + " but are not)");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
