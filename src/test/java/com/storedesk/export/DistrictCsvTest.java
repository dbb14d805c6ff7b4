package com.storedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistrictCsvTest {

    /** The screen's ten columns, "last 14 days" as fourteen, and five extras. */
    private static final int COLUMNS = 10 - 1 + 14 + 5;

    private static DistrictCsv csv(Language language) {
        Messages messages = new Messages(language);
        return new DistrictCsv(messages, new Formats(messages));
    }

    private static byte[] bytes(Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv(language).write(DistrictViews.fourStores(), out);
        return out.toByteArray();
    }

    private static String text(Language language) throws IOException {
        byte[] bytes = bytes(language);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static List<List<String>> table(Language language) throws IOException {
        return parse(text(language), csv(language).delimiter());
    }

    @Test
    void startsWithAByteOrderMarkAndEndsEachRowWithCrLf() throws IOException {
        byte[] bytes = bytes(Language.GERMAN);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = text(Language.GERMAN);
        assertThat(text).endsWith("\r\n").doesNotContain("\uFEFF");
        assertThat(text.split("\r\n")).hasSize(1 + 4);
    }

    @ParameterizedTest
    @CsvSource({"ENGLISH, ','", "GERMAN, ';'", "FRENCH, ';'", "SPANISH, ';'"})
    void theDelimiterIsTheOneExcelExpectsInTheLanguage(Language language, char delimiter) throws IOException {
        assertThat(csv(language).delimiter()).isEqualTo(delimiter);
        Messages messages = new Messages(language);
        assertThat(text(language)).startsWith(messages.get("district.column.rank") + delimiter
                + messages.get("district.column.store") + delimiter);
        assertThat(parse(text(language), delimiter)).allSatisfy(row -> assertThat(row).hasSize(COLUMNS));
    }

    @Test
    void headersAreInTheUsersLanguageInTheScreensOrderThenTheExtras() throws IOException {
        List<String> header = table(Language.GERMAN).get(0);
        assertThat(header).hasSize(COLUMNS);
        assertThat(header.subList(0, 7)).containsExactly("Rang", "Filiale", "Nettoumsatz", "gg\u00fc. Prognose (%)",
                "Transaktionen", "Konversion (%)", "Durchschnittsbon");
        assertThat(header.get(7)).isEqualTo("Nettoumsatz 10.11.2026");
        assertThat(header.get(20)).isEqualTo("Nettoumsatz 23.11.2026");
        assertThat(header.subList(21, header.size())).containsExactly("Hinweise", "Warum", "Filialcode", "W\u00e4hrung",
                "Prognose", "F\u00e4llt auf", "Anmerkungen");
        assertThat(table(Language.ENGLISH).get(0)).startsWith("Rank", "Store", "Net sales", "vs forecast (%)");
    }

    @Test
    void numbersHaveTheLanguagesDecimalSeparatorAndNoGrouping() throws IOException {
        List<String> riverside = table(Language.GERMAN).get(1);
        assertThat(riverside.get(0)).isEqualTo("1");
        assertThat(riverside.get(2)).isEqualTo("12345,50");
        assertThat(riverside.get(3)).isEqualTo("8,0");
        assertThat(riverside.get(4)).isEqualTo("310");
        assertThat(riverside.get(5)).isEqualTo("23,1");
        assertThat(riverside.get(20)).isEqualTo("12345,50");
        assertThat(riverside.subList(22, 26)).containsExactly(
                "Umsatz 8\u00a0% \u00fcber Prognose: Besucher +5\u00a0%, Konversion +2\u00a0%, Bon +1\u00a0%",
                "RIV", "USD", "11431,02");
        List<String> english = table(Language.ENGLISH).get(3);
        assertThat(english.get(2)).isEqualTo("10560.00");
        assertThat(english.get(3)).isEqualTo("-12.0");
    }

    @Test
    void aStoreNameWithTheDelimiterAndAQuoteIsQuotedAndReadsBackWhole() throws IOException {
        String quoted = "\"Main St; \"\"Flagship\"\", Downtown\"";
        assertThat(text(Language.GERMAN)).contains(";" + quoted + ";");
        assertThat(text(Language.ENGLISH)).contains("," + quoted + ",");
        assertThat(table(Language.GERMAN).get(3).get(1)).isEqualTo(DistrictViews.QUOTED_NAME);
        assertThat(table(Language.ENGLISH).get(3).get(1)).isEqualTo(DistrictViews.QUOTED_NAME);
    }

    @Test
    void aMissingFigureIsAnEmptyCellAndTheNotesSayWhy() throws IOException {
        List<List<String>> table = table(Language.GERMAN);
        List<String> harbor = table.get(2);
        assertThat(harbor.get(5)).isEmpty();
        assertThat(harbor.get(22)).isEqualTo("Umsatz 6\u00a0% unter Prognose: Transaktionen \u22125\u00a0%, "
                + "Bon \u22121\u00a0% (keine Besucherz\u00e4hlung)");
        assertThat(last(harbor)).isEqualTo("Konversion: Keine Daten vom Besucherz\u00e4hler");
        List<String> lakeside = table.get(4);
        assertThat(lakeside.get(3)).isEmpty();
        assertThat(lakeside.get(25)).isEmpty();
        assertThat(lakeside.get(22)).isEqualTo("Keine Prognose f\u00fcr diesen Tag");
        assertThat(table.stream().skip(1)).allSatisfy(row -> assertThat(row).hasSize(table.get(0).size()));
    }

    @Test
    void theStoreThatStandsOutSaysWhyInItsOwnRow() throws IOException {
        List<List<String>> table = table(Language.GERMAN);
        assertThat(table.get(4).get(26)).isEqualTo("Rabattquote 9,8\u00a0% (Median im Bezirk 4,1\u00a0%)");
        assertThat(table.subList(1, 4)).allSatisfy(row -> assertThat(row.get(26)).isEmpty());
    }

    @Test
    void writesAFileWholeUnderItsTranslatedName(@TempDir Path folder) throws IOException {
        DistrictCsv german = csv(Language.GERMAN);
        Path file = folder.resolve(german.fileName(DistrictViews.fourStores()));
        german.write(DistrictViews.fourStores(), file);
        assertThat(file.getFileName()).hasToString("bezirk-2026-11-23.csv");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes(Language.GERMAN));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static String last(List<String> row) {
        return row.get(row.size() - 1);
    }

    /** RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
