package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Source;
import org.whosaid.model.Topic;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** The store methods behind topic merges, quote look-ups and aliases from repeated mentions. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class TopicMergeAndSearchTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Database database;
    TopicRepository topics;
    StatementRepository statements;

    @BeforeEach
    void open() {
        database = Database.open(ToretskLibrary.create(on.location(dir, "library.db")));
        topics = new TopicRepository(database);
        statements = new StatementRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void mergeMovesTheTopicsStatementsAndUndoRestoresTheTopicRow() {
        Topic meeting = topics.find(ToretskLibrary.MEETING).orElseThrow();

        TopicRepository.Merge merge = topics.merge(ToretskLibrary.MEETING, ToretskLibrary.TOPIC);

        assertThat(merge.movedStatements()).hasSize(2);
        assertThat(topics.find(ToretskLibrary.MEETING)).isEmpty();
        assertThat(statements.ofTopic(ToretskLibrary.TOPIC)).hasSize(23);
        topics.undoMerge(merge);
        assertThat(topics.find(ToretskLibrary.MEETING)).contains(meeting);
        assertThat(statements.ofTopic(ToretskLibrary.MEETING)).extracting(s -> s.id())
                .containsExactlyElementsOf(merge.movedStatements());
    }

    @Test
    void mergingAnUnknownTopicIsRefused() {
        assertThatThrownBy(() -> topics.merge("no-such-topic", ToretskLibrary.TOPIC))
                .isInstanceOf(StoreException.class).hasMessageContaining("no-such-topic");
    }

    @Test
    void findsArticlesContainingAQuoteExactly() {
        ArticleRepository articles = new ArticleRepository(database);

        assertThat(articles.containing("Toretsk is not captured")).containsExactly(4L);
        assertThat(articles.containing("Dzerzhinsk")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(articles.containing("toretsk is not captured")).as("case matters").isEmpty();
        assertThat(articles.containing("")).isEmpty();
    }

    @Test
    void everyMentionOfASourceInOneArticleBecomesAnAlias() {
        Source ministry = new SourceRepository(database).findByName("Russian Defence Ministry").orElseThrow();

        assertThat(ministry.aliases()).contains("Russia", "Russian Defense Ministry");
    }
}
