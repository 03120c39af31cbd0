package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Account;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

class ConflictFinderTest {

    private final ConflictFinder finder = new ConflictFinder(
            org.whosaid.analysis.PartyGazetteer.withBundledLexicon()::partyNamedIn,
            org.whosaid.analysis.ControlHolder.withBundledLexicon()::holderIn);

    private static Account said(long id, String party, String text) {
        return new Account(id, id, StatementKind.CLAIM, "someone", SourceKind.PERSON, party, Stance.ASSERTS, text,
                "t", "Title", "Outlet", "2025-06-03");
    }

    @Test
    void differentFiguresForTheSameQuantity() {
        List<PartyAccounts> columns = List.of(
                new PartyAccounts("Corvania", "#000000", List.of(said(1, "Corvania", "at least 17 people were killed"))),
                new PartyAccounts("Varnia", "#000000", List.of(said(2, "Varnia", "only 5 died in the blast"))));
        assertThat(finder.reasons("casualties-saltmere", columns)).containsExactly("figures differ: 17 per Corvania; 5 per Varnia");
    }

    @Test
    void theSameFigureIsNoConflict() {
        List<PartyAccounts> columns = List.of(
                new PartyAccounts("A", "#000000", List.of(said(1, "A", "12 people were killed"))),
                new PartyAccounts("B", "#000000", List.of(said(2, "B", "the toll rose to 12"))));
        assertThat(finder.reasons("casualties-saltmere", columns)).isEmpty();
        assertThat(ConflictFinder.figureOf("the death toll had risen to 27 by Tuesday")).isEqualTo(27L);
        assertThat(ConflictFinder.figureOf("talks resumed on 3 June")).isNull();
    }

    @Test
    void mutualAccusations() {
        List<PartyAccounts> columns = List.of(
                new PartyAccounts("India", "#000000", List.of(said(1, "India", "Pakistani troops fired first"))),
                new PartyAccounts("Pakistan", "#000000", List.of(said(2, "Pakistan", "Indian forces opened fire"))));
        assertThat(finder.reasons("saltmere-control", columns)).as("naming the other side is no accusation here")
                .isEmpty();
        assertThat(finder.reasons("attack-saltmere", columns)).containsExactly("mutual accusations: India and Pakistan each name the other");
    }

    @Test
    void twoSidesAssertingDifferentHoldersOfAPlaceConflict() {
        List<PartyAccounts> columns = List.of(
                new PartyAccounts("Russia", "#000000", List.of(said(1, "Russia", "the town has been fully liberated"))),
                new PartyAccounts("Ukraine", "#000000",
                        List.of(said(2, "Ukraine", "the town remains under the control of Ukrainian forces"))));
        assertThat(finder.reasons("petrivka-control", columns))
                .containsExactly("holders differ: Russia per Russia; Ukraine per Ukraine");
        assertThat(finder.reasons("casualties-petrivka", columns)).as("holders count on control topics only").isEmpty();
    }

    @Test
    void sidesAgreeingOnTheHolderOrNamingNoneDoNotConflict() {
        List<PartyAccounts> agreeing = List.of(
                new PartyAccounts("Russia", "#000000", List.of(said(1, "Russia", "our troops took the village"))),
                new PartyAccounts("Ukraine", "#000000",
                        List.of(said(2, "Ukraine", "Russian forces captured the village after weeks of fighting"))));
        assertThat(finder.reasons("petrivka-control", agreeing)).isEmpty();
        List<PartyAccounts> failed = List.of(
                new PartyAccounts("Russia", "#000000", List.of(said(1, "Russia", "the village has been liberated"))),
                new PartyAccounts("Ukraine", "#000000",
                        List.of(said(2, "Ukraine", "Russian forces failed to capture the village"))));
        assertThat(finder.reasons("petrivka-control", failed)).as("a failed taking names no holder").isEmpty();
    }

    @Test
    void theTopicListReadsAControlTopicsWordsOnlyWhenHoldersCanMakeItsConflict() {
        java.util.Set<Stance> asserts = java.util.Set.of(Stance.ASSERTS);
        assertThat(ConflictFinder.holdersMatter("petrivka-control",
                java.util.Map.of("Russia", asserts, "Ukraine", asserts))).isTrue();
        assertThat(ConflictFinder.holdersMatter("petrivka-control",
                java.util.Map.of("Russia", asserts, "Ukraine", java.util.Set.of(Stance.DENIES))))
                .as("the stances already conflict").isFalse();
        assertThat(ConflictFinder.holdersMatter("petrivka-control",
                java.util.Map.of("Russia", asserts, PartyOrder.NO_PARTY, asserts))).as("one side only").isFalse();
        assertThat(ConflictFinder.holdersMatter("attack-petrivka",
                java.util.Map.of("Russia", asserts, "Ukraine", asserts))).isFalse();
    }
}
