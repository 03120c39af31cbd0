/** Times LibraryService.search against the query form before issue 10 (raw FTS5, every word a prefix), on a library given as the first argument. Run: java -cp target/whosaid.jar docs/scripts/SearchTiming.java LIB.db (reads in/a00001.txt for the pasted paragraph). */
import java.nio.file.Path;
import java.sql.*;
import java.util.*;
import java.util.stream.*;
import org.whosaid.service.Services;

public class Timing {
    static String oldQuery(String typed) {
        return Arrays.stream(typed.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank())
                .map(w -> "\"" + w + "\"*").collect(Collectors.joining(" "));
    }
    public static void main(String[] args) throws Exception {
        String db = args[0];
        String para = new String(java.nio.file.Files.readAllBytes(Path.of("in/a00001.txt")), "UTF-8");
        para = para.substring(para.indexOf("\n\n") + 2);
        para = para.substring(0, Math.min(1000, para.length()));
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("\"said \" x 2048", "said ".repeat(2048));
        queries.put("\"said \" x 256", "said ".repeat(256));
        queries.put("pasted paragraph (" + para.length() + " chars)", para);
        queries.put("a", "a"); queries.put("s", "s"); queries.put("t", "t"); queries.put("sa", "sa");
        try (Services s = Services.open(Path.of(db));
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (var q : queries.entrySet()) {
                long best = Long.MAX_VALUE; int n = 0;
                for (int i = 0; i < 3; i++) { long t = System.nanoTime(); n = s.library().search(q.getValue()).size(); best = Math.min(best, System.nanoTime() - t); }
                String oldTime = "-";
                if (!q.getKey().contains("2048")) {
                    long ob = Long.MAX_VALUE; int on = 0;
                    for (int i = 0; i < (q.getKey().contains("256") ? 1 : 3); i++) {
                        long t = System.nanoTime();
                        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY bm25(article_fts)")) {
                            ps.setString(1, oldQuery(q.getValue())); on = 0;
                            try (ResultSet rs = ps.executeQuery()) { while (rs.next()) on++; }
                        }
                        ob = Math.min(ob, System.nanoTime() - t);
                    }
                    oldTime = String.format("%.1f ms (%d hits)", ob / 1e6, on);
                }
                System.out.printf("| %s | %.1f ms (%d hits) | %s |%n", q.getKey(), best / 1e6, n, oldTime);
            }
        }
    }
}
