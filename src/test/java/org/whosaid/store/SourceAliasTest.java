package org.whosaid.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which mentions become aliases that other articles' mentions are matched against. */
class SourceAliasTest {
    @Test
    void namesAndPartsOfTheFullNameAreAliases() {
        assertThat(SourceRows.nameLike("the Russian Defense Ministry", "Russian Defence Ministry")).isTrue();
        assertThat(SourceRows.nameLike("Zelensky", "Volodymyr Zelensky")).isTrue();
        assertThat(SourceRows.nameLike("Russia", "Russian Defence Ministry")).isTrue();
        assertThat(SourceRows.nameLike("Moscow's Defense Ministry", "Russian Defence Ministry")).isTrue();
    }

    @Test
    void pronounsAndCommonNounBackReferencesAreNot() {
        assertThat(SourceRows.nameLike("He", "Ukrainian officer in the 28th Brigade")).isFalse();
        assertThat(SourceRows.nameLike("They", "Military analysts")).isFalse();
        assertThat(SourceRows.nameLike("the ministry", "Ukrainian Foreign Ministry")).isFalse();
        assertThat(SourceRows.nameLike("The officer", "Ukrainian officer in the 28th Brigade")).isFalse();
        assertThat(SourceRows.nameLike("Officials", "Pentagon")).isFalse();
        assertThat(SourceRows.nameLike(null, "Pentagon")).isFalse();
    }
}
