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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/**
 * SQL only through prepared statements: hostile titles, names, tags, notes and search queries are stored and read
 * back exactly, searching never fails, and every table is still there afterwards.
 */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class HostileSqlTest {
    @Parameter
    OnBothDatabases.Target on;

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

    private static final List<String> TABLES = List.of("article", "article_fts", "article_tally", "coding", "feed", "feed_item", "note", "party", "side", "source",
            "source_alias", "statement", "statement_fts", "statement_tag", "tag", "topic");

    @TempDir
    Path dir;

    private Database database;
    private ArticleRepository articles;
    private StatementRepository statements;
    private SourceRepository sources;

    @BeforeEach
    void open() {
        database = on.open(dir, "hostile.db");
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
        // PostgreSQL's text cannot hold NUL: that sample is refused whole there (aNulCharacterIsStoredOrRefusedWhole)
        List<String> samples = HOSTILE.stream().filter(h -> !on.isPostgres() || h.indexOf('\0') < 0).toList();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            String hostile = samples.get(i);
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
        assertThat(articles.count()).isEqualTo(samples.size());
        assertThat(articles.summaries()).extracting(a -> a.title())
                .containsExactlyElementsOf(samples.stream().map(h -> XmlText.clean(h.strip())).toList());
        assertTablesIntact();
    }

    @Test
    void aNulCharacterIsStoredOrRefusedWhole() throws Exception {
        String text = "The mayor said the road was open.";
        Analysis analysis = new Analysis(List.of(new Attribution(StatementKind.QUOTE, Span.of(text, 16, 32), null,
                new SourceMention("Nul\u0000Mayor", "mayor", SourceKind.PERSON, null, List.of()), Stance.ASSERTS, null,
                List.of(), "rule", 0.5)), List.of());
        ArticleContent content = new ArticleContent("Road", null, null, null, null, "en", text);
        if (on.isPostgres()) {
            assertThatThrownBy(() -> articles.store(content, analysis)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("NUL character").hasMessageContaining("nothing was saved");
            assertThat(articles.count()).as("the article went with its statement").isZero();
        } else {
            long id = articles.store(content, analysis).id();
            assertThat(statements.ofArticle(id).get(0).sourceName()).isEqualTo("Nul\u0000Mayor");
        }
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

    /** The tables of a shared library: as in a file, with its search table and schema version for the FTS tables. */
    private static final List<String> SHARED_TABLES = List.of("article", "article_search", "article_tally", "coding", "feed", "feed_item", "note",
            "party", "side", "source", "source_alias", "statement", "statement_tag", "tag", "topic", "whosaid_schema");

    private void assertTablesIntact() throws Exception {
        assertThat(database.integrityCheck()).isEqualTo("ok");
        if (on.isPostgres()) {
            try (var c = OnBothDatabases.connect(database.url()); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")) {
                List<String> tables = new ArrayList<>();
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
                assertThat(tables).containsExactlyElementsOf(SHARED_TABLES);
            }
            return;
        }
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
