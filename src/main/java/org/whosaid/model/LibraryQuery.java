package org.whosaid.model;

/**
 * What the Library shows: a full-text query and filters (null or blank lets everything through), the column it is
 * sorted by and the direction. {@code language} is a language code; {@link #UNKNOWN_LANGUAGE} asks for the
 * articles whose language is not known.
 */
public record LibraryQuery(String text, String party, String source, String topic, String tag, String outlet,
                           String language, Sort sort, boolean descending) {
    /** The language filter value for articles with no language code. */
    public static final String UNKNOWN_LANGUAGE = "?";

    /** Every article, oldest first. */
    public static final LibraryQuery ALL = new LibraryQuery(null, null, null, null, null, null, null, Sort.DEFAULT,
            false);

    /** The orders the Library offers: by a column, or the default (best match first when searching, else oldest). */
    public enum Sort { DEFAULT, TITLE, OUTLET, PUBLISHED, LANGUAGE, QUOTES, CLAIMS, UNATTRIBUTED }

    /** The filters whose values the Library offers from what the library holds. */
    public enum Choice { SOURCE, TOPIC, TAG, OUTLET, LANGUAGE }

    public LibraryQuery {
        text = blankToNull(text);
        party = blankToNull(party);
        source = blankToNull(source);
        topic = blankToNull(topic);
        tag = blankToNull(tag);
        outlet = blankToNull(outlet);
        language = blankToNull(language);
        sort = sort == null ? Sort.DEFAULT : sort;
    }

    public LibraryQuery withText(String newText) {
        return new LibraryQuery(newText, party, source, topic, tag, outlet, language, sort, descending);
    }

    public LibraryQuery withFilters(String newParty, String newSource, String newTopic, String newTag,
                                    String newOutlet, String newLanguage) {
        return new LibraryQuery(text, newParty, newSource, newTopic, newTag, newOutlet, newLanguage, sort, descending);
    }

    public LibraryQuery sortedBy(Sort newSort, boolean newDescending) {
        return new LibraryQuery(text, party, source, topic, tag, outlet, language, newSort, newDescending);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
