package com.storedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.StoreSummary;
import com.storedesk.export.pdf.Paper;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.DistrictRow;
import com.storedesk.insight.district.DistrictView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DistrictPdfTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T21:05:00Z"), DistrictViews.ZONE);

    private static DistrictPdf pdf(Language language) {
        Messages messages = new Messages(language);
        return new DistrictPdf(messages, new Formats(messages), CLOCK);
    }

    private static byte[] bytes(Language language, DistrictView view) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf(language).write(view, out);
        return out.toByteArray();
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theReportIsInTheUsersLanguageAndPage1IsSavedForPeopleToLookAt(Language language) throws IOException {
        Messages messages = new Messages(language);
        try (PDDocument document = Loader.loadPDF(bytes(language, DistrictViews.fourStores()))) {
            String text = text(document);
            assertThat(text).contains(messages.get("export.title"), messages.get("export.chart.title"),
                    messages.get("export.outliers.title"), "Riverside", "Harbor Outlet", "Lakeside K\u00f6ln-S\u00fcd",
                    messages.get("district.variance.none"));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(messages.get("export.title"));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.tag());
            saveImage(document, 0, "district-report-" + language.tag());
        }
    }

    @Test
    void theGermanReportExplainsVarianceWithATrueMinusAndNamesTheStoreThatStandsOut() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes(Language.GERMAN, DistrictViews.fourStores()))) {
            String text = text(document).replace('\u00a0', ' ');
            assertThat(text).contains("Bezirksbericht", "23.11.2026, Stand 14:30 (Filialen haben noch ge\u00f6ffnet)")
                    .contains("Umsatz 12 % unter Prognose: Besucher \u22124 %, Konversion \u22129 %, Bon +1 %")
                    .contains("Konversion: Keine Daten vom Besucherz\u00e4hler")
                    .contains("Lakeside K\u00f6ln-S\u00fcd: Rabattquote 9,8 % (Median im Bezirk 4,1 %)")
                    .contains("Seite 1 von 1", "Erstellt am 23.11.2026, 15:05");
        }
    }

    @Test
    void aLongDistrictFlowsOverPagesWithTheirNumbersAndNeverRunsOffThePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes(Language.GERMAN, DistrictViews.manyStores(40)))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Seite " + page + " von " + pages);
            }
            String all = text(document);
            assertThat(all).contains("long street");
            for (int store = 1; store <= 40; store++) {
                assertThat(all).contains("Store number " + store);
            }
            assertThat(all).contains("An diesem Tag f\u00e4llt keine Filiale gegen\u00fcber den anderen auf.");
            new TextInsidePage(document).assertEverythingInsideMargins();
            saveImage(document, 0, "district-report-de-40-stores-page1");
            saveImage(document, 1, "district-report-de-40-stores-page2");
        }
    }

    @Test
    void figuresTooWideForThePageNarrowTheColumnsInsteadOfRunningOff() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes(Language.GERMAN, DistrictViews.hugeFigures()))) {
            assertThat(text(document)).contains("Hypermarket 3");
            new TextInsidePage(document).assertEverythingInsideMargins();
            saveImage(document, 0, "district-report-de-huge-figures");
        }
    }

    @Test
    void anEmptyDistrictStillMakesAReportThatSaysNoStoreStandsOut() throws IOException {
        DistrictView empty = new DistrictView(DistrictViews.DATE, DistrictViews.AS_OF, false, List.of(), List.of());
        try (PDDocument document = Loader.loadPDF(bytes(Language.FRENCH, empty))) {
            assertThat(text(document)).contains("Rapport du district", "Aucun magasin ne se d\u00e9marque")
                    .doesNotContain("Ventes nettes par rapport");
        }
    }

    @Test
    void storesInAnotherCurrencyAreLeftOutOfTheChartAndTheReportSaysSo() throws IOException {
        DistrictView usd = DistrictViews.fourStores();
        List<DistrictRow> rows = new ArrayList<>(usd.rows());
        DistrictRow harbor = rows.get(1);
        StoreSummary euro = new StoreSummary(9, "demo", "s9", "EUR1", "Berlin Mitte", ZoneId.of("Europe/Berlin"),
                Currency.getInstance("EUR"));
        rows.set(1, new DistrictRow(euro, harbor.netSales(), harbor.transactions(), harbor.conversion(),
                harbor.averageOrder(), harbor.lastDays(), harbor.rank(), harbor.alertCount(), harbor.variance()));
        DistrictView mixed = new DistrictView(usd.date(), usd.asOf(), usd.live(), rows, usd.outliers());
        try (PDDocument document = Loader.loadPDF(bytes(Language.ENGLISH, mixed))) {
            String text = text(document);
            assertThat(text).contains("Stores that sell in a currency other than USD are not in the chart.")
                    .contains("\u20ac8,700.00");
            String chart = text.substring(0, text.indexOf("Stores by rank"));
            assertThat(chart).contains("Riverside").doesNotContain("Berlin Mitte");
        }
    }

    @Test
    void englishIsOnLetterAndOtherLanguagesOnA4() throws IOException {
        assertThat(Paper.forLocale(Locale.ENGLISH)).isEqualTo(Paper.LETTER);
        assertThat(Paper.forLocale(Locale.CANADA_FRENCH)).isEqualTo(Paper.LETTER);
        assertThat(Paper.forLocale(Locale.UK)).isEqualTo(Paper.A4);
        assertThat(Paper.forLocale(Locale.GERMAN)).isEqualTo(Paper.A4);
        try (PDDocument english = Loader.loadPDF(bytes(Language.ENGLISH, DistrictViews.fourStores()));
                PDDocument french = Loader.loadPDF(bytes(Language.FRENCH, DistrictViews.fourStores()))) {
            assertThat(english.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(french.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }
    }

    @Test
    void writesAFileWholeUnderItsTranslatedName(@TempDir Path folder) throws IOException {
        DistrictPdf spanish = pdf(Language.SPANISH);
        Path file = folder.resolve(spanish.fileName(DistrictViews.fourStores()));
        spanish.write(DistrictViews.fourStores(), file);
        assertThat(file.getFileName()).hasToString("distrito-2026-11-23.pdf");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(text(document)).contains("Informe del distrito", "P\u00e1gina 1 de 1");
        }
    }

    /** Page {@code index} as a PNG under {@code target/screenshots/}, for people to look at. */
    private static void saveImage(PDDocument document, int index, String name) throws IOException {
        Path folder = Path.of(System.getProperty("storedesk.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(index, 110);
        ImageIO.write(page, "png", folder.resolve(name + ".png").toFile());
    }
}
