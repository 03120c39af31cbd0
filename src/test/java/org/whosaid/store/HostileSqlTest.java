package org.whosaid.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.Attribution;
import org.whosaid.model.EditStamp;
import org.whosaid.model.Source;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementEdit;
import org.whosaid.model.StatementKind;
import org.whosaid.model.TopicDef;
import org.whosaid.model.XmlText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * SQL only through prepared statements: hostile titles, names, tags, notes and search queries are stored and read
 * back exactly, searching never fails, and every table is still there afterwards.
 */
class HostileSqlTest {
    /** Each is used as a title, byline, outlet, source name, alias, party, topic, tag, note and search query. */
    static final List<String> HOSTILE = List.of(
            "O'Brien said \"no\"",
            "'); DROP TABLE article;--",
            "Robert'); DROP TABLE statement; --",
            "\"; DELETE FROM source; --",
            "1' OR '1'='1",
            "NEAR(russia ukraine, 3)",
            "\"unbalanced",
            "toretsk* OR kyiv^ AND NOT -x",
            "title:hack {title text}: x + y",
            "nul\u0000inside",
            "emoji \ud83c\uddfa\ud83c\udde6 \ud83d\ude42 and \ud835\udd18\ud835\udd2b\ud835\udd26",
            "%_ LIKE wildcards \\ backslash ESCAPE",
            "\u202eright-to-left override",
            "line\nbreak\ttab",
            "x".repeat(5_000));

    /** Search input on top of {@link #HOSTILE}: FTS5 operators and fragments alone. */
    static final List<String> QUERIES = List.of("", " ", "*", "\"", "\"\"", "^", "NEAR(", "NEAR(a b", "OR", "AND",
            "NOT", "(", ")", ":", "-", "+", "'", "''", "\u0000", "\ud83d\ude42", "a OR", "\"a\"*", "*a", "a:b",
            "{a b}: c", "a NEAR/2 b", "\\", "%", "_", "\ud800", "\u0301", "title:", "rank", "bm25(article_fts)");

    private static final List<String> TABLES = List.of("article", "article_fts", "coding", "feed", "feed_item", "note", "party", "side", "source",
            "source_alias", "statement", "statement_fts", "statement_tag", "tag", "topic");

    @TempDir
    Path dir;

    private Database database;
    private ArticleRepository articles;
    private StatementRepository statements;
    private SourceRepository sources;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("hostile.db"));
        articles = new ArticleRepository(database);
        statements = new StatementRepository(database);
        sources = new SourceRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void hostileArticlesSourcesTopicsTagsAndNotesRoundTripExactly() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String hostile = HOSTILE.get(i);
            String text = "Before " + hostile + " after, said the spokesman number " + i + ".";
            int start = text.indexOf(hostile);
            SourceMention speaker = new SourceMention("Speaker " + hostile, hostile, SourceKind.PERSON,
                    "Party " + hostile, List.of("alias " + hostile));
            Analysis analysis = new Analysis(List.of(new Attribution(StatementKind.QUOTE,
                    Span.of(text, start, start + hostile.length()), null, speaker, Stance.ASSERTS, "topic " + hostile,
                    List.of(), "rule " + hostile, 0.5)), List.of(new TopicDef("topic " + hostile, "label " + hostile)));
            long id = articles.store(new ArticleContent(hostile, hostile, hostile, hostile, hostile, hostile, text),
                    analysis).id();
            ids.add(id);

            // an article's fields arrive with the characters XML forbids (here NUL) replaced, as every import does
            Article article = articles.find(id).orElseThrow();
            assertThat(article.title()).isEqualTo(XmlText.clean(hostile.strip()));
            assertThat(List.of(article.byline(), article.outlet(), article.url(), article.published(),
                    article.language())).containsOnly(XmlText.clean(hostile));
            assertThat(article.text()).isEqualTo(XmlText.clean(text));

            Statement statement = statements.ofArticle(id).get(0);
            assertThat(statement.text()).as("a stretch of the cleaned text").isEqualTo(XmlText.clean(hostile));
            assertThat(statement.sourceName()).isEqualTo("Speaker " + hostile);
            assertThat(statement.mention()).isEqualTo(hostile);
            assertThat(statement.party()).isEqualTo("Party " + hostile);
            assertThat(statement.topic()).isEqualTo("topic " + hostile);
            assertThat(statement.rule()).isEqualTo("rule " + hostile);
            assertThat(new TopicRepository(database).find("topic " + hostile).orElseThrow().label())
                    .isEqualTo("label " + hostile);
            Source source = sources.find(statement.sourceId()).orElseThrow();
            assertThat(source.aliases()).contains("alias " + hostile);
            assertThat(sources.findByName("alias " + hostile)).map(Source::id).contains(source.id());

            Statement edited = statements.apply(statement.id(), statement.version(), StatementEdit.of(statement)
                    .withTags(List.of("tag " + hostile, hostile)).withNote(hostile), new EditStamp("coder " + hostile, Instant.EPOCH));
            assertThat(edited.tags()).containsExactlyInAnyOrder("tag " + hostile.strip(), hostile.strip());
            assertThat(edited.note()).isEqualTo(hostile);

            sources.rename(source.id(), source.version(), "Renamed " + hostile, new EditStamp("coder " + hostile, Instant.EPOCH));
            assertThat(sources.find(source.id()).orElseThrow().name()).isEqualTo(("Renamed " + hostile).strip());
            new PartyRepository(database).save("Saved " + hostile, "#123456");
            assertThat(new PartyRepository(database).all()).anyMatch(p -> p.name().equals("Saved " + hostile));
        }
        assertThat(articles.count()).isEqualTo(HOSTILE.size());
        assertThat(articles.summaries()).extracting(a -> a.title())
                .containsExactlyElementsOf(HOSTILE.stream().map(h -> XmlText.clean(h.strip())).toList());
        assertTablesIntact();
    }

    @Test
    void searchNeverFailsAndFindsHostileWordsLiterally() throws Exception {
        articles.store(new ArticleContent("O'Brien", null, null, null, null, null,
                "O'Brien said NEAR the border that Toretsk* had not fallen \ud83d\ude42."), Analysis.empty());
        articles.store(new ArticleContent("Other", null, null, null, null, null, "Nothing to see here."),
                Analysis.empty());
        List<String> queries = new ArrayList<>(HOSTILE);
        queries.addAll(QUERIES);
        for (String query : queries) {
            assertThatCode(() -> articles.search(query)).as("search for %s", query).doesNotThrowAnyException();
        }
        assertThat(articles.search("O'Brien")).hasSize(1);
        assertThat(articles.search("NEAR(")).hasSize(1);
        assertThat(articles.search("toretsk* OR kyiv^")).isEmpty();
        assertThat(articles.search("Toretsk*")).hasSize(1);
        assertThat(articles.search("'); DROP TABLE article;--")).isEmpty();
        assertTablesIntact();
        assertThat(articles.count()).isEqualTo(2);
    }

    private void assertTablesIntact() throws Exception {
        assertThat(database.integrityCheck()).isEqualTo("ok");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + database.file());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE '%fts_%'"
                             + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).containsExactlyElementsOf(TABLES);
        }
    }
}
