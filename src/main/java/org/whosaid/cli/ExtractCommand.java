package org.whosaid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.whosaid.model.ArticleContent;
import org.whosaid.service.ExtractService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract [--jsonl] FILE...}: prints each file's article text as the importer sees it. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print the article text the importer finds in"
        + " each file, or each file below a folder (nothing is stored).")
final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", description = "One JSON object per file: {file, title, byline, published, dateline,"
            + " corrections, text}.")
    boolean jsonl;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER")
    List<Path> files;

    @Override
    public Integer call() throws JsonProcessingException {
        ExtractService extractor = new ExtractService();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        List<ExtractService.Extracted> results = files.stream()
                .flatMap(file -> extractor.extractAll(file).stream()).toList();
        for (ExtractService.Extracted result : results) {
            if (result.error() != null) {
                err.println("failed " + result.input() + ": " + result.error());
                failures++;
                continue;
            }
            ArticleContent a = result.content();
            if (jsonl) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", result.input());
                line.put("title", a.title());
                line.put("byline", a.byline());
                line.put("published", a.published());
                line.put("dateline", a.dateline());
                line.put("corrections", a.corrections());
                line.put("text", a.text());
                out.println(JSON.writeValueAsString(line));
            } else {
                if (results.size() > 1) {
                    out.println("==> " + result.input() + " <==");
                }
                out.println(a.title());
                out.println();
                out.println(a.text());
            }
        }
        return failures == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
