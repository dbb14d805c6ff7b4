package com.storedesk.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private static PDDocument document;
    private static TextStyle body;

    @BeforeAll
    static void loadFonts() throws IOException {
        document = new PDDocument();
        body = ReportStyle.load(document).body();
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void wrapsAtSpacesWithinTheWidthAndKeepsEveryWord() {
        String text = "Umsatz 12 % unter Prognose: Besucher \u22124 %, Konversion \u22129 %, Bon +1 %";
        List<String> lines = TextLayout.wrap(text, body, 120);
        assertThat(lines).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(body.width(line)).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void breaksAWordWiderThanTheLine() {
        List<String> lines = TextLayout.wrap("Durchschnittsbonbetragsberechnung", body, 40);
        assertThat(lines).hasSizeGreaterThan(2)
                .allSatisfy(line -> assertThat(body.width(line)).isLessThanOrEqualTo(40));
        assertThat(String.join("", lines)).isEqualTo("Durchschnittsbonbetragsberechnung");
    }

    @Test
    void cutsWithAnEllipsisOnlyWhatDoesNotFit() {
        assertThat(TextLayout.fit("Riverside", body, 200)).isEqualTo("Riverside");
        String cut = TextLayout.fit("Store number 7 on a rather long street name", body, 80);
        assertThat(cut).endsWith("\u2026").startsWith("Store");
        assertThat(body.width(cut)).isLessThanOrEqualTo(80);
    }

    @Test
    void printsAccentsAndTheMinusAndReplacesWhatTheFontLacks() {
        String accents = "K\u00f6ln \u2212 S\u00e3o Jos\u00e9 \u00c7a";
        assertThat(body.font().printable(accents)).isEqualTo(accents);
        assertThat(body.font().printable("Line\nbreak\t\u5e97")).isEqualTo("Line break ?");
    }
}
