package org.whosaid.ingest;

/**
 * One message of a Telegram export as read, before albums are joined: its id, date, signature, who it was
 * forwarded from, the post it replies to (0 for none), whether it carries media, and its flattened text.
 */
record TelegramPost(long id, String date, String author, String forwardedFrom, long replyTo, boolean media,
                    String text) {
    boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Another message of the same album: same moment, one of the two without text of its own. */
    boolean sameAlbum(TelegramPost other) {
        return date != null && date.equals(other.date) && (!hasText() || !other.hasText())
                && java.util.Objects.equals(forwardedFrom, other.forwardedFrom);
    }

    TelegramPost joinedWith(TelegramPost later) {
        TelegramPost withText = hasText() ? this : later;
        return new TelegramPost(id, date, author != null ? author : later.author, forwardedFrom,
                replyTo != 0 ? replyTo : later.replyTo, true, withText.text);
    }
}
