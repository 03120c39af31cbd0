package org.whosaid.service.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One statement as the coders saw it: each coder's coding of it, by coder (in the order the coders were given),
 * null where a coder has no statement there.
 */
public record Unit(List<Coding> codings) {
    public Unit {
        codings = Collections.unmodifiableList(new ArrayList<>(codings));
        if (codings.stream().allMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a unit needs at least one coder's coding");
        }
    }

    /** The first coder's coding that there is: where the unit is and what text it shows. */
    public Coding anchor() {
        return codings.stream().filter(Objects::nonNull).findFirst().orElseThrow();
    }

    public Coding of(int coder) {
        return codings.get(coder);
    }

    public boolean codedBy(int coder) {
        return codings.get(coder) != null;
    }

    /** The fields the coders who coded it gave different values. */
    public List<Field> disagreeingFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            if (codings.stream().filter(Objects::nonNull).map(field::of).distinct().count() > 1) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** Some coder has no statement here while another has. */
    public boolean spanDisagrees() {
        return codings.stream().anyMatch(Objects::isNull);
    }
}
