package org.whosaid.testing;

import java.util.ArrayList;
import java.util.List;

import org.whosaid.model.Statement;
import org.whosaid.model.StatementEdit;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.store.StatementRepository;

/**
 * A second WhoSaid process for the crash and two-process tests. It writes to a database in a loop and prints one
 * line after each commit, so the parent knows what must have survived a hard kill:
 * <ul>
 * <li>{@code import DB PREFIX COUNT BATCH}: stores COUNT generated articles, BATCH per transaction; after each
 * batch it adds a note to one statement (a user edit) and prints {@code committed LAST_INDEX NOTE_STATEMENT_ID}.</li>
 * <li>{@code reanalyse DB ROUNDS}: re-analyses every article ROUNDS times; round r gives article i
 * {@code 1 + (i + r) % 10} statements made by rule {@code round-r}; prints {@code reanalysed ID ROUND}.</li>
 * <li>{@code note LIBRARY STATEMENT_ID NOTE CODER}: gives the statement that note as CODER's edit (of the version it
 * reads now); prints {@code noted VERSION}. LIBRARY may be a file or a {@code postgresql://} URL.</li>
 * </ul>
 */
public final class StoreChild {
    private StoreChild() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(org.whosaid.store.LibraryLocation.parse(args[1]))) {
            switch (args[0]) {
                case "note" -> note(database, Long.parseLong(args[2]), args[3], args[4]);
                case "import" -> importArticles(database, args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
                case "reanalyse" -> reanalyse(database, Integer.parseInt(args[2]));
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        }
        System.out.println("finished");
    }

    private static void importArticles(Database database, String prefix, int count, int batchSize) {
        ArticleRepository articles = new ArticleRepository(database);
        StatementRepository statements = new StatementRepository(database);
        for (int from = 0; from < count; from += batchSize) {
            List<ArticleRepository.Analysed> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + batchSize); i++) {
                var content = GeneratedArticles.content(prefix, i);
                batch.add(new ArticleRepository.Analysed(content,
                        GeneratedArticles.analysis(content.text(), GeneratedArticles.expectedStatements(i), "import")));
            }
            List<ArticleRepository.Stored> stored = batch.size() == 1
                    ? List.of(articles.store(batch.get(0).content(), batch.get(0).analysis()))
                    : articles.storeAll(batch);
            Statement first = statements.ofArticle(stored.get(0).id()).get(0);
            statements.apply(first.id(), first.version(), StatementEdit.of(first).withNote("checked by " + prefix + " " + from),
                    new org.whosaid.model.EditStamp(prefix, java.time.Instant.now()));
            System.out.println("committed " + (from + batch.size() - 1) + " " + first.id());
            System.out.flush();
        }
    }

    private static void note(Database database, long id, String note, String coder) {
        StatementRepository statements = new StatementRepository(database);
        Statement now = statements.find(id).orElseThrow();
        Statement edited = statements.apply(id, now.version(), StatementEdit.of(now).withNote(note),
                new org.whosaid.model.EditStamp(coder, java.time.Instant.now()));
        System.out.println("noted " + edited.version());
        System.out.flush();
    }

    /** The statement count round {@code round} gives the article with id {@code id}. */
    public static int reanalysedCount(long id, int round) {
        return 1 + (int) ((id + round) % 10);
    }

    private static void reanalyse(Database database, int rounds) {
        ArticleRepository articles = new ArticleRepository(database);
        List<Long> ids = articles.summaries().stream().map(a -> a.id()).toList();
        for (int round = 1; round <= rounds; round++) {
            for (long id : ids) {
                String text = articles.find(id).orElseThrow().text();
                articles.reanalyse(id, GeneratedArticles.analysis(text, reanalysedCount(id, round), "round-" + round));
                System.out.println("reanalysed " + id + " " + round);
                System.out.flush();
            }
        }
    }
}
