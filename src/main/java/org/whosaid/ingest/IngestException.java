package org.whosaid.ingest;

/** An input that could not be read as an article; names the input and says why in plain words. */
public final class IngestException extends Exception {
    private final String input;
    private final String reason;

    public IngestException(String input, String reason) {
        this(input, reason, null);
    }

    public IngestException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public String reason() {
        return reason;
    }
}
