package org.whosaid.service.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.whosaid.analysis.AttributionEngine;

/**
 * For performance work on the English engine: the SHA-256 of every analysis of the first N bench articles (a change
 * that is meant to be output-neutral must leave it as it was) and the engine's speed in articles per second of this
 * thread's CPU time, the best of several rounds, which a machine shared with other builds distorts far less than wall
 * time. Arguments: article count (2,000), rounds (4). Run the build before and after a change in the same session.
 */
public final class AnalysisDigest {
    private AnalysisDigest() {
    }

    public static void main(String[] args) throws NoSuchAlgorithmException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        BenchCorpus corpus = BenchCorpus.bundled();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(corpus.article(i).text());
        }
        AttributionEngine engine = AttributionEngine.withLexicons(null);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String text : texts) {
            digest.update(engine.analyze(text, "en").toString().getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("digest of " + count + " analyses: " + HexFormat.of().formatHex(digest.digest()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String text : texts) {
                engine.analyze(text, "en");
            }
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        System.out.printf(Locale.ROOT, "English analysis: %.0f articles/s of CPU time (best of %d rounds)%n",
                count / (best / 1e9), rounds);
    }
}
