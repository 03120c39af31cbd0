package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The writer's-voice penalty: none for a report or a short piece, growing with the writer's share of opinion. */
class WriterVoiceTest {

    @Test
    void aShortPieceOrAReportIsLeftAsItIs() {
        assertThat(WriterVoice.penalty(0, WriterVoice.MIN_SENTENCES - 1, WriterVoice.MIN_SENTENCES - 1)).isZero();
        assertThat(WriterVoice.penalty(0, 30, 6)).isZero();
        assertThat(WriterVoice.penalty(24, 13, 8)).as("a reporter's interview: most of it is sourced").isZero();
        assertThat(WriterVoice.lowered(0.7, 0)).isEqualTo(0.7);
    }

    @Test
    void theMoreOpinionTheHigherTheBar() {
        double some = WriterVoice.penalty(5, 25, 15);
        double most = WriterVoice.penalty(1, 29, 25);
        assertThat(some).isPositive();
        assertThat(most).isGreaterThan(some);
        assertThat(WriterVoice.lowered(0.8, most)).isLessThan(WriterVoice.lowered(0.8, some)).isLessThan(0.8);
    }
}
