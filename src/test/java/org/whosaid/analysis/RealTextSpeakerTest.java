package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.ENGINE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.StatementKind;

/** Speaker rules prompted by real pages of the readability test suite (sentences taken from those pages). */
class RealTextSpeakerTest {

    private final Lexicons lexicons = Lexicons.load(null);
    private final SourceNormalizer normalizer = SourceNormalizer.withBundledLexicon();

    private SourceMention source(String phrase) {
        return normalizer.normalize(phrase, phrase).source();
    }

    @Test
    void connectorsStageWordsAndTrailingAdverbsAreNotPartOfTheName() {
        assertThat(SpeakerNames.clean("But I", lexicons)).isEqualTo("I");
        assertThat(SpeakerNames.clean("As Nippers", lexicons)).isEqualTo("Nippers");
        assertThat(SpeakerNames.clean("Enter Stuart R. Kaplan", lexicons)).isEqualTo("Stuart R. Kaplan");
        assertThat(SpeakerNames.clean("I then", lexicons)).isEqualTo("I");
        assertThat(SpeakerNames.clean("I hurriedly", lexicons)).isEqualTo("I");
        assertThat(SpeakerNames.clean("Evul-art’h in an intrigued voice", lexicons)).isEqualTo("Evul-art’h");
        assertThat(SpeakerNames.clean("Was Bartleby", lexicons)).isEqualTo("Bartleby");
        assertThat(SpeakerNames.clean("the family", lexicons)).isEqualTo("the family");
        assertThat(SpeakerNames.clean("To Lorenz’s", lexicons)).isEqualTo("Lorenz’s");
        assertThat(SpeakerNames.clean("Turkey on this occasion", lexicons)).isEqualTo("Turkey");
        assertThat(SpeakerNames.clean("Zelensky on Telegram", lexicons)).isEqualTo("Zelensky on Telegram");
        assertThat(SpeakerNames.clean("Rescue workers in Antakya", lexicons)).isEqualTo("Rescue workers in Antakya");
    }

    @Test
    void phrasesThatNameNobodyAreRefused() {
        assertThat(SpeakerNames.canName("Turn the man", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("Click on text in red for hypertext", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("What", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("Quite", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("Nippers I", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("helps users", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("Eric Reeves", lexicons)).isTrue();
        assertThat(SpeakerNames.canName("the Food Standards Agency", lexicons)).isTrue();
        assertThat(SpeakerNames.canName("chief inspector Jennifer Mattinson", lexicons)).isTrue();
        assertThat(SpeakerNames.canName("Zelensky on Telegram", lexicons)).isTrue();
        assertThat(SpeakerNames.canName("Caudevilla offered to provide answers to", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("Emery also retweeted an article by New York magazine", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("Selam G.'s Medium post raised an entirely new issue", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("Many of them", lexicons)).isFalse();
        assertThat(SpeakerNames.canName(SpeakerNames.clean("I’m sure your friends", lexicons), lexicons)).isFalse();
        assertThat(SpeakerNames.canName("the commander of Ukraine's armed forces", lexicons)).isTrue();
        assertThat(SpeakerNames.canName("an unidentified poster", lexicons)).isTrue();
    }

    @Test
    void theNarratorsIIsNoSourceAndItsStatementStaysUnattributed() {
        String text = "But I said that the time had come for him to leave the office.";
        assertThat(Engines.attributed(text)).isEmpty();
        List<Attribution> all = ENGINE.analyze(text).attributions();
        assertThat(all).allMatch(a -> a.source() == null);
        assertThat(all).anyMatch(a -> a.kind() == StatementKind.UNATTRIBUTED && a.confidence() <= 0.3
                && a.content().text().contains("the time had come"));
    }

    @Test
    void anUnresolvedPronounIsNoSourceName() {
        String text = "They said the tablets were believed to contain dinitrophenol.";
        assertThat(ENGINE.analyze(text).attributions()).allMatch(a -> a.source() == null);
    }

    @Test
    void honorificAndSurnameResolveToTheFullNameSeenEarlier() {
        String text = "Eric Reeves, one of the leading American academic voices on Sudan, said he was “appalled” that the "
                + "American government was lifting sanctions.\n"
                + "“There is no reason to believe the guys in charge have changed their stripes,” said Mr. Reeves.\n"
                + "Reeves said he thought that the American government was being manipulated.";
        List<Attribution> found = Engines.attributed(text);
        assertThat(found).hasSize(3);
        assertThat(found).allMatch(a -> a.source().name().equals("Eric Reeves"));
    }

    @Test
    void presidentAndMrBeforeASurnameAreTheSamePerson() {
        String text = "President Barack Obama has admitted that his failure to pass gun laws is his greatest frustration.\n"
                + "In an interview with the BBC, Mr Obama said it was distressing not to have made progress on the issue.\n"
                + "However, President Obama said race relations had improved during his presidency.";
        List<Attribution> found = Engines.attributed(text);
        assertThat(found).hasSize(3);
        assertThat(found).allMatch(a -> a.source().name().equals("Barack Obama") && a.source().party().equals("United States"));
    }

    @Test
    void honorificsAreNotPartOfTheCanonicalName() {
        assertThat(source("Mr Mugabe").name()).isEqualTo("Mugabe");
        assertThat(source("Dr. Jane Smith").name()).isEqualTo("Jane Smith");
        assertThat(source("Sen. Mark Warner").name()).isEqualTo("Mark Warner");
    }

    @Test
    void companiesAndCorporateSuffixesAreOrganisations() {
        assertThat(source("Microsoft").kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(source("Uber").kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(source("Arachnid Labs").kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(source("Acme Widgets Inc.").kind()).isEqualTo(SourceKind.ORGANISATION);
    }

    @Test
    void aNamedPersonAfterARoleIsAPersonEvenBehindAnOrganisation() {
        SourceMention earnest = source("White House press secretary Josh Earnest");
        assertThat(earnest.kind()).isEqualTo(SourceKind.PERSON);
        assertThat(earnest.name()).isEqualTo("Josh Earnest");
        assertThat(earnest.party()).isEqualTo("United States");
    }

    @Test
    void officialsQualifiedByANameAreAGroup() {
        assertThat(source("Con Edison officials").kind()).isEqualTo(SourceKind.GROUP);
        SourceMention officials = source("Obama administration officials");
        assertThat(officials.kind()).isEqualTo(SourceKind.GROUP);
        assertThat(officials.party()).isEqualTo("United States");
    }

    @Test
    void academicsSpeakForAnalysts() {
        assertThat(source("Eric Reeves, one of the leading American academic voices on Sudan").party()).isEqualTo("Analysts");
    }

    @Test
    void mediaOutletsAreOrganisationsAndAPersonKeepsNoTrailingAffiliation() {
        assertThat(source("Korea Times").kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(source("Heise Online").kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(source("chief inspector Jennifer Mattinson from the West Mercia police").name())
                .isEqualTo("Jennifer Mattinson");
    }

    @Test
    void theNarratorsIInACapitalisedPairIsNoFullName() {
        String text = "Nippers I could not get rid of. I said that he was useful to me in the office.";
        assertThat(ENGINE.analyze(text).attributions()).allMatch(a -> a.source() == null);
    }

    @Test
    void aSurnameWrittenFirstResolvesToTheFullName() {
        String text = "South Korean President Yoon Suk Yeol said the decision was regrettable.\n"
                + "Yoon said he would respect the ruling of the court.";
        assertThat(Engines.attributed(text)).hasSize(2).allMatch(a -> a.source().name().equals("Yoon Suk Yeol"));
    }

    @Test
    void aQuestionsAuxiliaryIsNoPartOfAFullName() {
        String text = "Was Bartleby ever going to leave the premises? Bartleby said that he would prefer not to.";
        assertThat(Engines.attributed(text)).allMatch(a -> a.source().name().equals("Bartleby"));
    }

    @Test
    void countriesAndCapitalsStandForGovernments() {
        assertThat(source("South Africa").kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(source("Pretoria").kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(source("Chad Miller").kind()).isEqualTo(SourceKind.PERSON);
    }

    @Test
    void anOpeningPhraseWithoutACommaIsNotTheSubject() {
        String text = "On one Facebook page an unidentified poster put up her picture and wrote they found it was "
                + "“disrespectful, rude, tacky, disgusting, and against the U.S. Flag Code.”";
        // the subject is taken after the opening phrase (the noun phrase itself is still cut short: "an unidentified")
        assertThat(Engines.attributed(text)).allMatch(a -> a.source().mention().startsWith("an unidentified"));
        assertThat(Engines.attributed(text)).isNotEmpty();
    }

    @Test
    void possessiveWordsOpenerCreditsTheQuote() {
        // medicalnewstoday: the quote has no verb, only "In X's words,"
        String text = "The scientists were led by Michael Shadlen, Ph.D., of Columbia University's Mortimer B. Zuckerman Mind Brain "
                + "Behavior Institute.\nIn Dr. Shadlen's words, \"Could the moment when the brain believes it has accumulated "
                + "enough evidence be tied to the person's awareness of having decided - that important 'a-ha!' moment?\"";
        List<Attribution> quotes = Engines.attributed(text).stream().filter(a -> a.kind() == StatementKind.QUOTE).toList();
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).source().name()).isEqualTo("Michael Shadlen");
        assertThat(quotes.get(0).cue().text()).isEqualTo("In Dr. Shadlen's words");
        assertThat(quotes.get(0).content().text()).startsWith("Could the moment");
    }

    @Test
    void invertedCueWithAPluralSubjectBetweenCommas() {
        // medicalnewstoday: ", say the researchers," is a cue, not the noun "say"
        Attribution a = Engines.only("The findings provide unique insights into the biology of consciousness, say the researchers, "
                + "and they bring us closer to understanding the biological basis of decisions, ethics, and, generally, the human mind.");
        assertThat(a.source().mention()).isEqualTo("the researchers");
        assertThat(a.content().text()).isEqualTo("The findings provide unique insights into the biology of consciousness");
    }

    @Test
    void pullQuoteCreditedByTheNameLineBelowIt() {
        // medicalnewstoday: a quote paragraph, then a paragraph holding only the speaker's name and degree
        String text = "\"Essentially, the act of becoming consciously aware of a decision conforms to the same process that the brain "
                + "goes through to complete a decision, even a simple one - such as whether to turn left or right.\"\n"
                + "Michael Shadlen, Ph.D.\n"
                + "In other words, the study shows that the conscious awareness of the moment takes place precisely then.";
        List<Attribution> quotes = Engines.attributed(text).stream().filter(a -> a.kind() == StatementKind.QUOTE).toList();
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).source().name()).isEqualTo("Michael Shadlen");
        assertThat(quotes.get(0).rule()).isEqualTo("pull-quote-byline");
    }

    @Test
    void passiveQuotedAsSayingCreditsTheWholeClauseBeforeIt() {
        // yahoo-2 (AP): the report of "local people" is relayed by the Tuva government, quoted by Interfax
        Attribution a = Engines.only("Local people reported seeing a flash of light and hearing a loud thud west of the regional "
                + "capital of Kyzyl, more than 3,600 kilometers (2,200 miles) east of Moscow, the Tuva government was quoted as "
                + "saying late Thursday by the Interfax news agency.");
        assertThat(a.source().name()).isEqualTo("Tuva government");
        assertThat(a.cue().text()).isEqualTo("was quoted as saying");
        assertThat(a.content().text()).startsWith("Local people reported seeing a flash of light");
    }

    @Test
    void quotedPredicateOfABareNameGoesToTheSpeakerBefore() {
        // wapo-2: the speaker quotes what he said about a third person, whose name stands outside the marks
        String text = "“Already, Israeli and Palestinian leaders have demonstrated a willingness to take significant political "
                + "risks,” Obama said in his speech. Palestinian Authority President Mahmoud Abbas “has put aside efforts to "
                + "shortcut the pursuit of peace and come to the negotiating table. Prime Minister Netanyahu has released "
                + "Palestinian prisoners and reaffirmed his commitment to a Palestinian state.”";
        List<Attribution> quotes = Engines.attributed(text).stream().filter(a -> a.kind() == StatementKind.QUOTE).toList();
        assertThat(quotes).hasSize(2);
        assertThat(quotes).allMatch(a -> a.source().name().equals("Obama"));
        assertThat(quotes.get(1).content().text()).startsWith("has put aside efforts");
    }
}
