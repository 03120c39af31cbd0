/**
 * The attribution engine: article text in, {@link org.whosaid.model.Analysis} out.
 *
 * <p>Shared stages, built once from the lexicons ({@code AttributionEngine.Stages}): {@code QuoteFinder} (quote
 * marks, multi-paragraph quotes), {@code SentenceSplitter} (abbreviations, quotes kept whole), {@code CueFinder}
 * (reporting verbs from {@code reporting-verbs.json}), {@code SpeakerResolver} (subject, apposition, inverted and
 * "according to" speakers), {@code SourceNormalizer} and {@code PartyGazetteer} (canonical sources, kinds, flags,
 * parties), {@code StanceClassifier}, {@code TopicLinker} (control of a place), {@code UnattributedClaimFinder}.
 *
 * <p>Per article, {@code ArticleAnalyzer} runs the pipeline over an {@code ArticleText} (quotes masked, sentences):
 * <ol>
 * <li>{@code CueAttribution}: each cue of a sentence becomes a {@code FrameDraft}, by the cue's shape, with
 * {@code ForwardContent} (content after the cue), {@code ContentBounds} (where content ends, content before the cue,
 * parenthetical cues, lists) and {@code AccordingToCue}; a sentence's drafts freeze into immutable
 * {@code StatementFrame}s;</li>
 * <li>{@code ContextQuotes}: quotes without a cue ("In X's words", pull quotes, a neighbour's speaker);</li>
 * <li>unattributed claims: what no statement covers;</li>
 * <li>{@code AnalysisAssembler}: sources, flags, stance, topics.</li>
 * </ol>
 * {@code MentionTracker} carries the speakers seen so far (pronoun antecedents, full names, surnames) through one
 * article.
 *
 * <p>Every statement records the rule that produced it, a literal in the class that applies it:
 * {@code x-said-colon-quote} (ForwardContent), {@code x-said-that}, {@code x-said-quote}, {@code split-quote} (a
 * quote the cue interrupts: its content runs over the cue), {@code claim-x-said}, {@code claim-said-x}, {@code said-after-quote}, {@code said-x-after-quote}, {@code participle-cue},
 * {@code describing-as}, {@code coordinated-cue}, {@code claim-x-quoted-as-saying} (CueAttribution),
 * {@code parenthetical-cue} (ContentBounds), {@code according-to}, {@code according-to-aside} (AccordingToCue),
 * {@code said-colon-list}, {@code unattributed-sentence}, {@code unattributed-clause} (ArticleAnalyzer),
 * {@code in-x-words-quote}, {@code pull-quote-byline}, {@code quote-from-context} (ContextQuotes).
 *
 * <p>Lexicons are JSON resources in this package, loaded once with Jackson and overridable from a data folder.
 * The package depends on {@code org.whosaid.model}, the JDK and Jackson only. {@code eval} scores the engine
 * against hand-made gold annotations.
 */
package org.whosaid.analysis;
