package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;

/** What the user typed becomes a bounded FTS5 query: each word once, at most {@value FtsQuery#MAX_TERMS} of them. */
class FtsQueryTest {
    @TempDir
    Path dir;

    @Test
    void aRepeatedWordIsOneTerm() {
        assertThat(FtsQuery.of("said said SAID Said, said")).isEqualTo("\"said\"*");
        assertThat(FtsQuery.of("said ".repeat(2048))).isEqualTo("\"said\"*");
    }

    @Test
    void manyWordsAreCappedAtTheFirstDistinctOnes() {
        String typed = IntStream.range(0, 200).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        String query = FtsQuery.of(typed);
        assertThat(query.split(" ")).hasSize(FtsQuery.MAX_TERMS).startsWith("\"word0\"*", "\"word1\"*");
    }

    @Test
    void aWordOfOneOrTwoLettersIsAWholeWordNotAPrefixOfEveryWord() {
        assertThat(FtsQuery.of("a")).isEqualTo("\"a\"");
        assertThat(FtsQuery.of("to")).isEqualTo("\"to\"");
        assertThat(FtsQuery.of("abc")).isEqualTo("\"abc\"*");
        assertThat(FtsQuery.of("Kyiv d")).isEqualTo("\"Kyiv\"* \"d\"");
        assertThat(FtsQuery.tsquery("according to")).isEqualTo("'according':* & 'to'");
    }

    @Test
    void searchesFindTheSameArticlesWhateverTheRepetitionOrLength() {
        try (Database database = Database.open(dir.resolve("fts.db"))) {
            ArticleRepository articles = new ArticleRepository(database);
            String kyivText = "The mayor said the bridge in Kyiv would reopen, officials said on Monday, and a "
                    + "spokesman said repairs to the bridge had cost more than the council had expected after the "
                    + "floods of the spring which closed the river crossing for six weeks while engineers inspected "
                    + "every pillar of the old structure and found cracks in three of them near the eastern bank.";
            long kyiv = store(articles, "Bridge reopens", kyivText);
            long lviv = store(articles, "Harvest in Lviv", "Farmers said the harvest in Lviv was early this year.");
            store(articles, "Silent", "Nobody spoke to the press about anything.");

            assertThat(articles.search("said " .repeat(2048))).containsExactlyInAnyOrder(kyiv, lviv);
            assertThat(articles.search(kyivText + " " + kyivText)).as("a pasted paragraph finds its article")
                    .containsExactly(kyiv);
            assertThat(articles.search("a")).as("the word a, not every word starting with a").containsExactly(kyiv);
            assertThat(articles.search("lvi")).containsExactly(lviv);
            assertThat(articles.search("lv")).as("two letters are a word, not a prefix").isEmpty();
        }
    }

    private static long store(ArticleRepository articles, String title, String text) {
        return articles.store(new ArticleContent(title, null, "Wire", null, "2025-03-01", "en", text), Analysis.empty())
                .id();
    }
}
