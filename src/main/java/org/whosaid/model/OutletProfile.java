package org.whosaid.model;

/** Who publishes: an outlet's name, its country and, where known, its ownership ("state-owned", "private", ...). */
public record OutletProfile(String name, String country, String ownership) {
    /** "TASS (Russia, state-owned)"; just the name when nothing else is known. */
    public String describe() {
        String about = java.util.stream.Stream.of(country, ownership).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        return about.isEmpty() ? name : name + " (" + about + ")";
    }
}
