package org.whosaid.service.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * For performance work on the English engine when the machine is shared: two builds of the engine (class folders, each
 * loaded on its own with the dependency class path) analyse the first N bench articles in alternating rounds of one
 * JVM, so that what slows the machine slows both. Prints each round's rates and the median ratio of their CPU times,
 * which moves by a few percent where separate runs of {@link AnalysisDigest} differ by 20 %.
 * Arguments: folder before, folder after, a file holding the dependency class path, article count, rounds.
 */
public final class AnalysisPair {
    private AnalysisPair() {
    }

    public static void main(String[] args) throws Exception {
        String[] deps = Files.readString(Path.of(args[2])).strip().split(java.io.File.pathSeparator);
        int count = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        List<String> texts = new ArrayList<>(count);
        BenchCorpus corpus = BenchCorpus.bundled();
        for (int i = 0; i < count; i++) {
            texts.add(corpus.article(i).text());
        }
        Object[] engines = new Object[2];
        Method[] analyze = new Method[2];
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(args[k]).toUri().toURL());
            for (String d : deps) {
                urls.add(Path.of(d).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> engine = loader.loadClass("org.whosaid.analysis.AttributionEngine");
            engines[k] = engine.getMethod("withLexicons", Path.class).invoke(null, (Object) null);
            analyze[k] = engine.getMethod("analyze", String.class, String.class);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long[] cpu = new long[2];
            for (int i = 0; i < 2; i++) {
                int k = r % 2 == 0 ? i : 1 - i; // who goes first alternates
                long start = threads.getCurrentThreadCpuTime();
                for (String text : texts) {
                    analyze[k].invoke(engines[k], text, "en");
                }
                cpu[k] = threads.getCurrentThreadCpuTime() - start;
            }
            if (r > 0) { // the first round warms both up
                ratios.add((double) cpu[0] / cpu[1]);
            }
            System.out.printf(Locale.ROOT, "round %d: before %.0f/s, after %.0f/s%n", r, count / (cpu[0] / 1e9),
                    count / (cpu[1] / 1e9));
        }
        Collections.sort(ratios);
        double median = ratios.get(ratios.size() / 2);
        System.out.printf(Locale.ROOT, "median CPU time before / after: %.3f (after is %.1f%% faster)%n", median,
                100 * (median - 1));
    }
}
