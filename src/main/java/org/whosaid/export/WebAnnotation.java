package org.whosaid.export;

/** Names shared by the Web Annotation writer and reader: the JSON-LD context and WhoSaid's own body roles. */
final class WebAnnotation {
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String WHOSAID_NS = "https://whosaid.org/ns/annotation#";
    /** Every body says which field of a statement it carries. */
    static final String ROLE = "whosaid:role";
    static final String SOURCE_KIND = "whosaid:sourceKind";
    static final String MENTION = "whosaid:mention";
    static final String TOPIC_LABEL = "whosaid:topicLabel";
    static final String CONTENT_HASH = "whosaid:contentHash";
    /** The article's title, so that an article whose text changed since can still be named by title and quote. */
    static final String TITLE = "whosaid:title";
    static final String HASH_URN = "urn:whosaid:sha256:";
    /** Characters of context kept either side of the quote, enough to place it again in most texts. */
    static final int CONTEXT = 32;

    private WebAnnotation() {
    }
}
