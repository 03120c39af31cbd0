package org.whosaid.service.agreement;

import java.util.Locale;
import java.util.function.Function;

/** The coded values agreement is counted on. */
public enum Field {
    KIND(Coding::kind), PARTY(Coding::party), STANCE(Coding::stance);

    /** How a missing party is counted and shown: as a category of its own. */
    public static final String NONE = "(none)";

    private final Function<Coding, String> value;

    Field(Function<Coding, String> value) {
        this.value = value;
    }

    /** The coding's value for this field; a party is compared without regard to case, and none counts as "(none)". */
    public String of(Coding coding) {
        String v = value.apply(coding);
        return v == null || v.isBlank() ? NONE : v.strip().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
