package org.whosaid.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV export read back as a spreadsheet would: no cell can start a formula. */
class CsvExporterTest {
    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaAreNeutralisedWithAQuote() throws IOException {
        ExportInput input = ExportFixtures.oneStatement("=HYPERLINK(\"http://evil.example\",\"click\")",
                "=cmd|' /C calc'!A0", "+Plus Source", "-minus note");
        CSVRecord row = read(input).get(0);

        assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(row.get("text")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.get("source")).isEqualTo("'+Plus Source");
        assertThat(row.get("note")).isEqualTo("'-minus note");
        assertThat(row.get("tags")).isEqualTo("'@tag");
        assertThat(row.get("outlet")).as("an ordinary cell is written as it is").isEqualTo("Outlet");
        assertThat(row.get("start")).as("numbers are numbers").isEqualTo("0");
    }

    @Test
    void aTabOrCarriageReturnAtTheStartIsNeutralisedToo() throws IOException {
        CSVRecord row = read(ExportFixtures.oneStatement("\tTabbed", "\rReturned", "Source", null)).get(0);

        assertThat(row.get("title")).isEqualTo("'\tTabbed");
        assertThat(row.get("text")).isEqualTo("'\rReturned");
        assertThat(row.get("note")).isEmpty();
    }

    private static List<CSVRecord> read(ExportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(input, out);
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
