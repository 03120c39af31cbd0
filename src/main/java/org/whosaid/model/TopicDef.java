package org.whosaid.model;

/** A question several statements answer, e.g. key {@code toretsk-control}, label "Does Russia control Toretsk?". */
public record TopicDef(String key, String label) {
}
