package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.testing.OnBothDatabases;

/**
 * Full-text search finds the same articles on PostgreSQL (tsvector, GIN) as on SQLite (FTS5, unicode61): the same
 * articles and queries on both, compared query by query, over what tokenizers disagree on (case, diacritics,
 * Cyrillic, hyphens, apostrophes, URLs, e-mail addresses, decimals, prefixes, single letters, operators typed).
 */
class SearchParityTest {
    private static final List<String[]> ARTICLES = List.of(
            new String[] {"Bridge reopens in Kyiv", "The mayor said the bridge would reopen; officials said so on Monday."},
            new String[] {"Café société", "Le ministre a déclaré que la réunion à Genève était « très utile »."},
            new String[] {"Заява міністерства", "Міністр заявив, що переговори у Стамбулі тривають. ПУТІН мовчить."},
            new String[] {"Заявление Кремля", "Песков сказал, что встреча в Стамбуле «возможна». Ещё ничего не решено."},
            new String[] {"Well-known facts", "O'Brien's well-known report: see https://example.org/report-2024 or mail press@example.org."},
            new String[] {"Figures", "Inflation rose to 3.5 per cent in 2024, the central bank's governor said; COVID19 cost 1,200 jobs."},
            new String[] {"Straße und Fluss", "Der Bürgermeister sagte, die Straße über den Fluss sei wieder offen."},
            new String[] {"Silent", "Nobody spoke to the press about anything at all."});

    private static final List<String> QUERIES = List.of("said", "SAID", "sa", "s", "bridge kyiv", "Kyiv mayor Monday",
            "cafe", "societe", "déclaré", "declare", "geneve", "міністр", "МІНІСТР", "путін", "Стамбул", "стамбуле",
            "еще", "ещё", "well", "known", "well-known", "brien", "o'brien", "example", "example.org", "press",
            "report 2024", "2024", "3", "5", "3.5", "covid19", "covid", "1", "200", "strasse", "straße", "burgermeister",
            "Bürgermeister fluss", "nobody", "said OR nobody", "NOT said", "\"phrase", "said*", "a", "at", "zzz", "",
            "the", "governor bank");

    @TempDir
    Path dir;

    @Test
    void everyQueryFindsTheSameArticlesOnBothDatabases() {
        assumeTrue(OnBothDatabases.postgres().isPresent(), "no test server ($WHOSAID_TEST_PG)");
        Map<String, TreeSet<Long>> onSqlite = new LinkedHashMap<>();
        Map<String, TreeSet<Long>> onPostgres = new LinkedHashMap<>();
        for (var target : OnBothDatabases.databases()) {
            try (Database db = target.getPayload().open(dir, "parity")) {
                ArticleRepository articles = new ArticleRepository(db);
                for (String[] a : ARTICLES) {
                    articles.store(new ArticleContent(a[0], null, null, null, null, null, a[1]), Analysis.empty());
                }
                Map<String, TreeSet<Long>> results = target.getPayload().isPostgres() ? onPostgres : onSqlite;
                for (String q : QUERIES) {
                    results.put(q, new TreeSet<>(articles.search(q)));
                }
            }
        }
        List<String> differing = new ArrayList<>();
        for (String q : QUERIES) {
            if (!onSqlite.get(q).equals(onPostgres.get(q))) {
                differing.add(q + ": SQLite " + onSqlite.get(q) + ", PostgreSQL " + onPostgres.get(q));
            }
        }
        assertThat(differing).as("queries answered differently").isEmpty();
        assertThat(onSqlite.get("said")).as("the comparison compares something").hasSize(2);
        assertThat(onSqlite.get("Стамбул")).as("Ukrainian and Russian articles").hasSize(2);
    }
}
