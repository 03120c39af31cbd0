package org.whosaid.model;

import java.time.Instant;

/** Who made an edit and when: the coder's name as they gave it, and the instant the edit was saved. */
public record EditStamp(String coder, Instant at) {
    public EditStamp {
        if (coder == null || coder.isBlank()) {
            throw new IllegalArgumentException("an edit needs the name of the coder who made it");
        }
        coder = coder.strip();
        java.util.Objects.requireNonNull(at, "at");
    }
}
