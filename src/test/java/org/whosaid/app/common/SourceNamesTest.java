package org.whosaid.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.app.common.NameScript;
import org.whosaid.model.Source;
import org.whosaid.model.SourceKind;

class SourceNamesTest {
    private final List<Source> library = List.of(
            new Source(1, "Russian Defence Ministry", SourceKind.ORGANISATION, "Russia", List.of("Минобороны России", "МО РФ")),
            new Source(2, "Sergei Lavrov", SourceKind.PERSON, "Russia",
                    List.of("Глава МИД", "Министр иностранных дел России Сергей Лавров", "Сергей Лавров")),
            new Source(3, "Штаб обороны Шебекино", SourceKind.ORGANISATION, "Russia", List.of()),
            new Source(4, "Штаб Сил оборони Півдня", SourceKind.ORGANISATION, "Other", List.of()),
            new Source(5, "Reuters", SourceKind.ORGANISATION, "Media", List.of("the agency")));
    private final SourceNames names = new SourceNames(() -> library);

    @Test
    void latinScriptShowsTheLatinNameOrATransliteration() {
        names.reload();
        assertThat(names.show("Russian Defence Ministry")).isEqualTo("Russian Defence Ministry");
        assertThat(names.show("Штаб обороны Шебекино")).isEqualTo("Shtab oborony Shebekino");
        assertThat(names.show("Штаб Сил оборони Півдня")).as("Ukrainian letters, Ukrainian spelling")
                .isEqualTo("Shtab Syl oborony Pivdnya");
    }

    @Test
    void asWrittenShowsTheNativeNameThatSpellsTheSource() {
        names.reload();
        names.scriptProperty().set(NameScript.AS_WRITTEN);
        assertThat(names.show("Russian Defence Ministry")).isEqualTo("Минобороны России");
        assertThat(names.show("Sergei Lavrov")).as("the name, not the role 'Глава МИД'").isEqualTo("Сергей Лавров");
        assertThat(names.show("Штаб обороны Шебекино")).isEqualTo("Штаб обороны Шебекино");
        assertThat(names.show("Reuters")).as("no native name: the name as stored").isEqualTo("Reuters");
        assertThat(names.show("Unknown to the library")).isEqualTo("Unknown to the library");
        assertThat(names.show(null)).isNull();
    }
}
