package com.storedesk.export;

import com.storedesk.app.DistrictTexts;
import com.storedesk.app.KpiTexts;
import com.storedesk.export.pdf.PageFlow;
import com.storedesk.export.pdf.Paper;
import com.storedesk.export.pdf.PdfCanvas;
import com.storedesk.export.pdf.ReportStyle;
import com.storedesk.export.pdf.TextStyle;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.DistrictView;
import com.storedesk.insight.district.StoreOutlier;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The district view as a PDF report in the user's language: title with the day and the time the figures
 * are from, a chart of net sales against forecast, the stores table with sparklines and each store's
 * variance sentence, the stores that stand out, and a footer with the page number and the time it was made.
 * Everything is drawn as vectors with an embedded font, so it needs no screen and prints sharp.
 */
public final class DistrictPdf implements DistrictExport {

    private static final float MARGIN = 40;
    private static final float FOOTER = 22;
    private static final String BULLET = "\u2022  ";

    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Paper paper;
    private final KpiTexts kpiTexts;
    private final DistrictTexts districtTexts;

    /** Times are written in {@code clock}'s zone; the paper suits the user's language ({@link Paper#forLocale}). */
    public DistrictPdf(Messages messages, Formats formats, Clock clock) {
        this(messages, formats, clock, Paper.forLocale(messages.locale()));
    }

    public DistrictPdf(Messages messages, Formats formats, Clock clock, Paper paper) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.paper = Objects.requireNonNull(paper, "paper");
        this.kpiTexts = new KpiTexts(messages, formats);
        this.districtTexts = new DistrictTexts(messages, formats);
    }

    /** A file name to offer: "district-2026-11-23.pdf", in the user's language. */
    @Override
    public String fileName(DistrictView view) {
        return ExportFiles.districtName(messages, view.date(), "pdf");
    }

    /** Writes the whole report; the stream is not closed. */
    public void write(DistrictView view, OutputStream out) throws IOException {
        Instant now = clock.instant();
        try (PDDocument document = new PDDocument()) {
            ReportStyle style = ReportStyle.load(document);
            PageFlow flow = new PageFlow(document, paper, MARGIN, FOOTER);
            heading(flow, view, style);
            new DistrictChart(messages, formats, style).draw(flow, view);
            new DistrictTable(messages, kpiTexts, districtTexts, style).draw(flow, view);
            outliers(flow, view, style);
            String generated = messages.get("export.footer.generated", formats.dateTime(now, clock.getZone()));
            flow.finish((canvas, page, pages, left, right, baseline) ->
                    footer(canvas, style, generated, messages.get("export.footer.page", page, pages), left, right,
                            baseline));
            describe(document, now);
            document.save(out);
        }
    }

    /** Writes the file whole or not at all. */
    @Override
    public void write(DistrictView view, Path file) throws IOException {
        ExportFiles.write(file, out -> write(view, out));
    }

    private void heading(PageFlow flow, DistrictView view, ReportStyle style) throws IOException {
        flow.paragraph(messages.get("export.title"), style.title(), 0);
        flow.down(2);
        // On the report's own day the time says enough; a past day's report says when it was taken.
        boolean sameDay = view.asOf().atZone(clock.getZone()).toLocalDate().equals(view.date());
        String asOf = sameDay ? formats.time(view.asOf(), clock.getZone())
                : formats.dateTime(view.asOf(), clock.getZone());
        String line = messages.get(view.live() ? "export.heading.live" : "export.heading", formats.date(view.date()),
                asOf);
        flow.paragraph(line, style.subtitle(), 0);
        flow.down(6);
        flow.canvas().line(flow.left(), flow.y(), flow.right(), flow.y(), 1.2f, ReportStyle.ACCENT);
        flow.down(14);
    }

    private void outliers(PageFlow flow, DistrictView view, ReportStyle style) throws IOException {
        flow.ensure(style.heading().lineHeight() + style.body().lineHeight() * 2);
        flow.paragraph(messages.get("export.outliers.title"), style.heading(), 0);
        flow.down(3);
        if (view.outliers().isEmpty()) {
            flow.paragraph(messages.get("export.outliers.none"), style.body(), 0);
            return;
        }
        TextStyle body = style.body();
        float indent = body.width(BULLET);
        for (StoreOutlier outlier : view.outliers()) {
            flow.ensure(body.lineHeight());
            flow.canvas().text(BULLET, flow.left(), flow.y() - body.ascent(), body);
            flow.paragraph(messages.get("export.outlier", outlier.store().name(), districtTexts.outlier(outlier)), body,
                    indent);
            flow.down(2);
        }
    }

    private static void footer(PdfCanvas canvas, ReportStyle style, String generated, String page, float left,
            float right, float bottom) throws IOException {
        TextStyle text = style.note();
        float baseline = bottom + 2;
        canvas.line(left, baseline + text.lineHeight() + 2, right, baseline + text.lineHeight() + 2, 0.4f,
                ReportStyle.RULE);
        canvas.text(generated, left, baseline, text);
        canvas.textRight(page, right, baseline, text);
    }

    private void describe(PDDocument document, Instant now) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(messages.get("export.title"));
        info.setCreator("StoreDesk");
        GregorianCalendar created = GregorianCalendar.from(now.atZone(clock.getZone()));
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(messages.locale().toLanguageTag());
    }
}
