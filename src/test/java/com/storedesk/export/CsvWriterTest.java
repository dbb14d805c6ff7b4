package com.storedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesTheirQuotes() throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out, ';').row(List.of("plain", "a;b", "say \"hi\"", "two\nlines", "cr\rhere", "a,b", ""));
        assertThat(out).hasToString("plain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";\"cr\rhere\";a,b;\r\n");
    }

    @Test
    void aQuotedLineBreakReadsBackAsOneField() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out, ',');
        csv.row(List.of("name", "note"));
        csv.row(List.of("Store \"North\"", "first\r\nsecond, third"));
        assertThat(DistrictCsvTest.parse(out.toString(), ','))
                .containsExactly(List.of("name", "note"), List.of("Store \"North\"", "first\r\nsecond, third"));
    }
}
