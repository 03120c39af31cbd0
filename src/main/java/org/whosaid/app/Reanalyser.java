package org.whosaid.app;

import java.util.List;

import org.whosaid.service.Progress;

/**
 * Runs the attribution engine again over stored articles, keeping the user's corrections: the app's view of
 * {@code AnalysisService.reanalyse(articleIds, progress)}, wired as
 * {@code (ids, progress) -> services.analysis().reanalyse(ids, progress).summary()}.
 */
@FunctionalInterface
public interface Reanalyser {
    /** @param articleIds the articles to analyse again; empty for all */
    String reanalyse(List<Long> articleIds, Progress progress) throws Exception;
}
