/**
 * The attribution engine: article text in, {@link org.whosaid.model.Analysis} out.
 *
 * <p>Pipeline, one small class per stage: {@link org.whosaid.analysis.QuoteFinder} (quote marks, multi-paragraph
 * quotes) → {@link org.whosaid.analysis.SentenceSplitter} (abbreviations, quotes kept whole) → {@code CueFinder}
 * (reporting verbs from {@code reporting-verbs.json}) → {@code SpeakerResolver} (subject, apposition, inverted and
 * "according to" speakers) → {@link org.whosaid.analysis.SourceNormalizer} and
 * {@link org.whosaid.analysis.PartyGazetteer} (canonical sources, kinds, flags, parties) →
 * {@link org.whosaid.analysis.StanceClassifier} → {@link org.whosaid.analysis.TopicLinker} (control of a place).
 * {@code ArticleAnalyzer} holds the per-article state (sources seen, pronoun antecedents) for one call and assembles
 * claims, quotes and unattributed claims; every statement records the rule that produced it and a confidence.
 *
 * <p>Lexicons are JSON resources in this package, loaded once with Jackson and overridable from a data folder.
 * The package depends on {@code org.whosaid.model}, the JDK and Jackson only. {@code eval} scores the engine
 * against hand-made gold annotations.
 */
package org.whosaid.analysis;
