package org.whosaid.model;

/** A side a source speaks for, with the colour used to highlight its statements (#rrggbb). */
public record Party(long id, String name, String colour) {
}
