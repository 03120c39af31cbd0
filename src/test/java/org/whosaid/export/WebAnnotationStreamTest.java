package org.whosaid.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The reader of Web Annotation files streams: it hands over each annotation long before the file is read. */
class WebAnnotationStreamTest {
    private static final int MANY = 20_000;

    @Test
    void aLargeCollectionIsReadOneAnnotationAtATimeNeverWhole() throws IOException {
        byte[] file = collection(MANY, "asserts").getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).as("a few megabytes").isGreaterThan(5_000_000);
        CountingStream in = new CountingStream(new ByteArrayInputStream(file));
        long[] readWhenFirstArrived = {-1};
        int[] seen = {0};

        int total = WebAnnotationStream.read(in, shared -> {
            if (seen[0]++ == 0) {
                readWhenFirstArrived[0] = in.count;
            }
        });

        assertThat(total).isEqualTo(MANY);
        assertThat(seen[0]).isEqualTo(MANY);
        assertThat(readWhenFirstArrived[0]).as("bytes read when the first annotation was handed over")
                .isPositive().isLessThan(file.length / 100);
    }

    @Test
    void aBadValueStopsTheReadingNamingTheAnnotationAfterThoseBefore() {
        String file = collection(3, "asserts").replaceFirst("(?s)(.*)\"asserts\"", "$1\"maybe\"");
        List<Integer> delivered = new ArrayList<>();

        assertThatThrownBy(() -> WebAnnotationStream.read(stream(file), s -> delivered.add(s.number())))
                .isInstanceOf(WebAnnotationImporter.InvalidAnnotation.class)
                .hasMessageContaining("annotation 3 (urn:test:2)").hasMessageContaining("stance \u201cmaybe\u201d");
        assertThat(delivered).containsExactly(1, 2);
    }

    @Test
    void aTruncatedFileIsAnErrorSayingWhere() {
        String file = collection(3, "asserts");
        String cut = file.substring(0, file.length() - 40);

        assertThatThrownBy(() -> WebAnnotationStream.read(stream(cut), s -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("line");
    }

    @Test
    void readsAPageABareListAndASingleAnnotation() throws IOException {
        String one = annotation(0, "denies");
        List<String> stances = new ArrayList<>();
        assertThat(WebAnnotationStream.read(stream("{\"type\":\"AnnotationPage\",\"items\":[" + one + "," + one + "]}"),
                s -> stances.add(s.stance()))).isEqualTo(2);
        assertThat(WebAnnotationStream.read(stream("[" + one + "]"), s -> stances.add(s.stance()))).isEqualTo(1);
        assertThat(WebAnnotationStream.read(stream(one), s -> stances.add(s.stance()))).isEqualTo(1);
        assertThat(stances).containsExactly("denies", "denies", "denies", "denies");
        assertThatThrownBy(() -> WebAnnotationStream.read(stream("{\"type\":\"Recipe\"}"), s -> { }))
                .hasMessageContaining("not a Web Annotation file");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static String collection(int count, String stance) {
        StringBuilder s = new StringBuilder("{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",")
                .append("\"type\":\"AnnotationCollection\",\"total\":").append(count)
                .append(",\"first\":{\"type\":\"AnnotationPage\",\"startIndex\":0,\"items\":[");
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : ",\n").append(annotation(i, stance));
        }
        return s.append("]}}").toString();
    }

    private static String annotation(int i, String stance) {
        return "{\"id\":\"urn:test:" + i + "\",\"type\":\"Annotation\",\"body\":["
                + "{\"type\":\"TextualBody\",\"value\":\"Speaker " + i + "\",\"whosaid:role\":\"source\"},"
                + "{\"type\":\"TextualBody\",\"value\":\"" + stance + "\",\"whosaid:role\":\"stance\"},"
                + "{\"type\":\"TextualBody\",\"purpose\":\"commenting\",\"value\":\"A note long enough to give the file"
                + " some weight, as real notes do, number " + i + ".\"}],"
                + "\"target\":{\"source\":\"https://example.org/article/" + (i / 20) + "\",\"selector\":["
                + "{\"type\":\"TextQuoteSelector\",\"exact\":\"The minister said the talks would resume, number " + i
                + ".\",\"prefix\":\"Earlier that day \",\"suffix\":\" Later on\"},"
                + "{\"type\":\"TextPositionSelector\",\"start\":10,\"end\":60}]}}";
    }

    /** Counts the bytes the reader has taken from the file so far. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
