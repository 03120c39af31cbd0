package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Account;
import org.whosaid.model.PartyPalette;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.TopicComparison;
import org.whosaid.model.TopicOverview;
import org.whosaid.service.undo.Edit;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class CompareServiceTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Services services;
    CompareService compare;

    @BeforeEach
    void open() {
        services = Services.open(ToretskLibrary.create(on.location(dir, "library.db")));
        compare = services.compare();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theTopicListCountedInSqlAgreesWithComparingEachTopic() {
        java.util.List<org.whosaid.model.TopicOverview> overview = compare.topics();
        assertThat(overview).isNotEmpty();
        assertThat(overview).anyMatch(org.whosaid.model.TopicOverview::conflict);
        for (org.whosaid.model.TopicOverview topic : overview) {
            org.whosaid.model.TopicComparison full = compare.compare(topic.topic().key());
            assertThat(topic.parties()).as(topic.topic().key())
                    .isEqualTo(full.columns().stream().map(org.whosaid.model.PartyAccounts::party).toList());
            assertThat(topic.conflict()).as(topic.topic().key()).isEqualTo(full.conflict());
            assertThat(topic.reason()).as(topic.topic().key()).isEqualTo(full.conflictSummary());
        }
    }

    @Test
    void theTopicListAgreesWithComparingEachTopicOnTopicsWhoseConflictsRestOnWords() {
        // The control topic's accounts name each other's side (Russian, Ukrainian) and give figures (30,000 residents,
        // nine killed): as an attack topic and as a casualty topic its conflicts come from the words.
        List<Statement> all = java.util.stream.LongStream.rangeClosed(1, 4).boxed()
                .flatMap(id -> services.library().statements(id).stream()).toList();
        List<Statement> control = all.stream().filter(s -> ToretskLibrary.TOPIC.equals(s.topic())).toList();
        List<Statement> others = all.stream().filter(s -> s.topic() == null).toList();
        control.forEach(s -> compare.moveStatement(s.id(), "attack-toretsk"));
        others.forEach(s -> compare.moveStatement(s.id(), "casualties-sumy"));

        List<TopicOverview> overview = compare.topics();
        assertThat(overview).extracting(t -> t.topic().key()).contains("attack-toretsk", "casualties-sumy");
        assertThat(compare.compare("attack-toretsk").reasons()).as("the test needs a reason read from words")
                .isNotEmpty();
        for (TopicOverview topic : overview) {
            TopicComparison full = compare.compare(topic.topic().key());
            assertThat(topic.parties()).as(topic.topic().key())
                    .isEqualTo(full.columns().stream().map(PartyAccounts::party).toList());
            assertThat(topic.conflict()).as(topic.topic().key()).isEqualTo(full.conflict());
            assertThat(topic.reason()).as(topic.topic().key()).isEqualTo(full.conflictSummary());
        }
    }

    @Test
    void listsTopicsWithCountsAndMarksTheConflict() {
        List<TopicOverview> topics = compare.topics();

        assertThat(topics).extracting(t -> t.topic().key())
                .containsExactly(ToretskLibrary.TOPIC, ToretskLibrary.MEETING);
        TopicOverview control = topics.get(0);
        assertThat(control.topic().label()).isEqualTo(ToretskLibrary.TOPIC_LABEL);
        assertThat(control.topic().statementCount()).isEqualTo(21);
        assertThat(control.conflict()).isTrue();
        assertThat(control.parties()).containsExactly("Russia", "Ukraine", "Analysts", "Unattributed");
        assertThat(topics.get(1).conflict()).as("Trump and Zelensky agree to meet").isFalse();
    }

    @Test
    void putsRussiaAssertingAndUkraineDenyingSideBySideAcrossOutlets() {
        TopicComparison c = compare.compare(ToretskLibrary.TOPIC);

        assertThat(c.columns()).extracting(PartyAccounts::party)
                .containsExactly("Russia", "Ukraine", "Analysts", "Unattributed");
        assertThat(c.asserting()).as("Ukraine's sources both assert and deny").containsExactly("Russia", "Analysts");
        assertThat(c.denying()).containsExactly("Ukraine");
        assertThat(c.conflictSummary()).isEqualTo("asserted by Russia, Analysts; denied by Ukraine");
        assertThat(c.conflict()).isTrue();

        PartyAccounts russia = c.columns().get(0);
        assertThat(russia.colour()).as("a palette colour, given when its first source was stored").isIn(PartyPalette.COLOURS);
        assertThat(russia.accounts()).allMatch(a -> a.stance() == Stance.ASSERTS);
        assertThat(russia.accounts()).extracting(Account::outlet).containsOnly(ToretskLibrary.LEVANT,
                ToretskLibrary.MOSCOW, ToretskLibrary.NORTHERN);
        assertThat(russia.accounts()).anySatisfy(a -> {
            assertThat(a.quote()).isTrue();
            assertThat(a.text()).contains("Dzerzhinsk").contains("has been liberated");
            assertThat(a.source()).isEqualTo("Russian Defence Ministry");
        });

        PartyAccounts ukraine = c.columns().get(1);
        assertThat(ukraine.accounts()).filteredOn(a -> a.stance() == Stance.DENIES).extracting(Account::source)
                .contains("Kyiv", "Ukrainian officer in the 28th Brigade", "Viktor Trehubov");
    }

    @Test
    void ordersEachColumnByDateSoAnAccountCanBeFollowed() {
        TopicComparison c = compare.compare(ToretskLibrary.TOPIC);

        for (PartyAccounts column : c.columns()) {
            List<String> dates = column.accounts().stream().map(Account::published).toList();
            assertThat(dates).isSorted();
        }
        List<Account> ukraine = c.columns().get(1).accounts();
        assertThat(ukraine.get(ukraine.size() - 1).outlet()).isEqualTo(ToretskLibrary.DNIPRO);
    }

    @Test
    void comparesOnlyTheChosenArticlesWhenAsked() {
        TopicComparison moscowOnly = compare.compare(ToretskLibrary.TOPIC, List.of(2L));

        assertThat(moscowOnly.columns()).extracting(PartyAccounts::party).containsExactly("Russia");
        assertThat(moscowOnly.conflict()).isFalse();
    }

    @Test
    void findsATopicByKeyOrByLabel() {
        assertThat(compare.findTopic("toretsk-control")).isPresent();
        assertThat(compare.findTopic("does russia control toretsk?")).get()
                .extracting(t -> t.key()).isEqualTo(ToretskLibrary.TOPIC);
        assertThat(compare.findTopic("nothing like it")).isEmpty();
        assertThatThrownBy(() -> compare.compare("nothing-like-it")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movesAStatementToAnotherTopicAndBack() {
        Statement kots = services.library().statements(1).stream()
                .filter(s -> s.text().startsWith("Excuse me")).findFirst().orElseThrow();

        Edit move = compare.moveStatement(kots.id(), ToretskLibrary.MEETING);

        assertThat(accountIds(compare.compare(ToretskLibrary.MEETING))).contains(kots.id());
        move.undo();
        assertThat(accountIds(compare.compare(ToretskLibrary.MEETING))).doesNotContain(kots.id());
        assertThat(services.library().statement(kots.id()).orElseThrow().topic()).isNull();
        move.redo();
        assertThat(accountIds(compare.compare(ToretskLibrary.MEETING))).contains(kots.id());
    }

    @Test
    void mergesTwoTopicsAndUndoesTheMerge() {
        Edit merge = compare.mergeTopics(ToretskLibrary.MEETING, ToretskLibrary.TOPIC);

        assertThat(compare.topics()).extracting(t -> t.topic().key()).containsExactly(ToretskLibrary.TOPIC);
        assertThat(compare.compare(ToretskLibrary.TOPIC).accountCount()).isEqualTo(23);

        merge.undo();
        assertThat(compare.topics()).extracting(t -> t.topic().key())
                .containsExactly(ToretskLibrary.TOPIC, ToretskLibrary.MEETING);
        assertThat(compare.compare(ToretskLibrary.MEETING).topic().label()).isEqualTo(ToretskLibrary.MEETING_LABEL);
        assertThat(compare.compare(ToretskLibrary.TOPIC).accountCount()).isEqualTo(21);

        merge.redo();
        assertThat(compare.compare(ToretskLibrary.TOPIC).accountCount()).isEqualTo(23);
    }

    @Test
    void refusesToMergeATopicIntoItself() {
        assertThatThrownBy(() -> compare.mergeTopics(ToretskLibrary.TOPIC, ToretskLibrary.TOPIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
    }

    @Test
    void renamesATopicAndUndoesIt() {
        Edit rename = compare.renameTopic(ToretskLibrary.TOPIC, "Has Toretsk fallen?");

        assertThat(compare.compare(ToretskLibrary.TOPIC).topic().label()).isEqualTo("Has Toretsk fallen?");
        rename.undo();
        assertThat(compare.compare(ToretskLibrary.TOPIC).topic().label()).isEqualTo(ToretskLibrary.TOPIC_LABEL);
        assertThatThrownBy(() -> compare.renameTopic(ToretskLibrary.TOPIC, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Long> accountIds(TopicComparison c) {
        return c.columns().stream().flatMap(col -> col.accounts().stream()).map(Account::statementId).toList();
    }

    @Test
    void groupsATopicByOutletWithTheSameConflict() {
        TopicComparison byParty = compare.compare(ToretskLibrary.TOPIC);
        TopicComparison byOutlet = compare.compare(ToretskLibrary.TOPIC, CompareService.Grouping.OUTLET);

        assertThat(byOutlet.columns()).hasSizeGreaterThan(1);
        assertThat(byOutlet.columns()).allMatch(c -> c.accounts().stream()
                .allMatch(a -> c.party().equals(a.outlet() == null ? CompareService.UNKNOWN_OUTLET : a.outlet())));
        assertThat(byOutlet.accountCount()).isEqualTo(byParty.accountCount());
        assertThat(byOutlet.conflict()).isEqualTo(byParty.conflict());
    }
}
