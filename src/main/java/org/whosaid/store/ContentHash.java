package org.whosaid.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The identity of an article's text: SHA-256 of its normalised form, so re-importing the same story finds it. */
public final class ContentHash {
    /** Compiled once, not on every call as {@code String.replaceAll} would: every stored article is hashed. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private ContentHash() {
    }

    public static String of(String text) {
        String lowered = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String normalised = SPACES.matcher(lowered).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
