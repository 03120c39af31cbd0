package org.whosaid.model;

/** How often a party is heard: statements credited to its sources, and how many of them are direct quotes. */
public record PartyVoices(String party, String colour, int statements, int quotes) {
}
