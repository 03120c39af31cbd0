package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Stance;

class CueFinderTest {

    private static final Lexicons LEXICONS = Lexicons.load(null);
    private final CueFinder finder = new CueFinder(LEXICONS);

    private List<String> lemmas(String sentence) {
        Tokens t = Tokens.of(sentence, sentence.toCharArray(), 0, sentence.length());
        return finder.find(t).stream().map(Cue::lemma).toList();
    }

    private List<Cue> cues(String sentence) {
        return finder.find(Tokens.of(sentence, sentence.toCharArray(), 0, sentence.length()));
    }

    @Test
    void findsEveryFormOfTheReportingVerbs() {
        assertThat(lemmas("Russia said Friday its forces had taken control of Toretsk.")).containsExactly("say");
        assertThat(lemmas("Zelensky wrote on X that talks were under way.")).containsExactly("write");
        assertThat(lemmas("Trump also reiterated that he intends to hold talks.")).containsExactly("reiterate");
        assertThat(lemmas("He told reporters the army would hold.")).containsExactly("tell");
        assertThat(lemmas("Military analysts say the capture would help Russia.")).containsExactly("say");
    }

    @Test
    void denialCuesCarryTheirStance() {
        assertThat(cues("Kyiv denied full Russian control over the city.")).extracting(Cue::stance).containsExactly(Stance.DENIES);
        assertThat(cues("The ministry rejected the findings.")).extracting(Cue::stance).containsExactly(Stance.DENIES);
        assertThat(cues("The RSF dismissed the claim as propaganda.")).extracting(Cue::stance).containsExactly(Stance.DENIES);
        assertThat(cues("Experts questioned the figures.")).extracting(Cue::stance).containsExactly(Stance.QUESTIONS);
    }

    @Test
    void findsMultiWordCues() {
        assertThat(lemmas("The city had 30,000 people, according to the local administration.")).containsExactly("according to");
        assertThat(lemmas("Macron called for a broad alliance against the far right.")).containsExactly("call for");
    }

    @Test
    void participlesCountOnlyAfterAComma() {
        assertThat(lemmas("Bloggers welcomed the news, describing it as a key stepping stone.")).containsExactly("describe");
        assertThat(lemmas("Biden blamed Congress, saying troops were running out of ammunition.")).containsExactly("say");
        assertThat(lemmas("Zelensky wrote on X, without explicitly confirming that he would meet Trump.")).containsExactly("write");
    }

    @Test
    void passivesNamesAndNounsAreNoCues() {
        assertThat(lemmas("The attack was reported by local media.")).isEmpty();
        assertThat(lemmas("Negotiators from Egypt and the United States were meeting in Cairo.")).isEmpty();
        assertThat(lemmas("The yield on the 10-year Treasury note fell to 4.63%.")).isEmpty();
        assertThat(lemmas("Netanyahu has vowed to press ahead with an offensive.")).isEmpty();
    }

    @Test
    void findingsCountOnlyWithThat() {
        assertThat(lemmas("The report, released on Tuesday, found that emissions rose 2%.")).containsExactly("find");
        assertThat(lemmas("Police found the bodies of three men.")).isEmpty();
    }

    @Test
    void bareFormsNeedAPluralSubject() {
        assertThat(lemmas("Officials in Kyiv say Russia has stepped up attacks.")).containsExactly("say");
        assertThat(lemmas("Scientists say climate change made the rains worse.")).containsExactly("say");
    }

    @Test
    void verbsOfJudgementAndReplyAreCues() {
        assertThat(lemmas("The harbour master criticized the new levy.")).containsExactly("criticize");
        assertThat(lemmas("Councillor Ama Osei responded that the figures were old.")).containsExactly("respond");
        assertThat(lemmas("The ferry union mocked the plan as a publicity stunt.")).containsExactly("mock");
    }

    @Test
    void aPassiveOrASubjectlessClauseIsNoCue() {
        assertThat(lemmas("The levy, criticized by fishermen, takes effect in May.")).isEmpty();
        assertThat(lemmas("The mayor hesitated when asked whether the quay would close.")).isEmpty();
    }
}
