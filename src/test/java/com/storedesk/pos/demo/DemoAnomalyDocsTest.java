package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/demo-data.md tabulates the default chain's anomalies; it must say what the code does. */
class DemoAnomalyDocsTest {

    private static final Path DOC = Path.of("docs/demo-data.md");
    private static final String HEADING = "## Seeded anomalies";

    @Test
    void theTableInTheDocsMatchesDemoAnomalies() throws IOException {
        DemoOptions defaults = new DemoOptions(DemoOptions.DEFAULT_SEED, DemoOptions.DEFAULT_STORES,
                DemoOptions.DEFAULT_DAYS, DemoOptions.DEFAULT_SPEED, LocalDate.of(2026, 3, 15));
        List<List<String>> expected = DemoAnomalies.of(defaults).stream().map(DemoAnomalyDocsTest::row).toList();
        assertThat(documentedRows()).isEqualTo(expected);
    }

    private static List<String> row(DemoAnomaly anomaly) {
        boolean everyDay = anomaly.kind() == DemoAnomaly.Kind.DISCOUNT_HAPPY_CASHIER;
        String who = anomaly.employeeExternalId() != null
                ? anomaly.employeeExternalId() + " (" + anomaly.employeeName() + ")"
                : anomaly.sku() != null ? anomaly.sku() : "-";
        return List.of(anomaly.kind().name(), anomaly.storeCode(),
                everyDay ? "every day" : String.valueOf(anomaly.firstDayOffset()),
                everyDay ? "every day" : String.valueOf(anomaly.lastDayOffset()), who, anomaly.expectedEffect());
    }

    /** The rows of the first table after the heading, header and separator left out. */
    private static List<List<String>> documentedRows() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf(HEADING);
        assertThat(start).as("%s in %s", HEADING, DOC).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("|")) {
                inTable = true;
                List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                        .map(String::strip).toList();
                if (!cells.get(0).equals("Kind") && !cells.get(0).startsWith("---")) {
                    rows.add(cells);
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }
}
