package com.storedesk.export;

import com.storedesk.app.DistrictColumn;
import com.storedesk.app.DistrictTexts;
import com.storedesk.app.KpiTexts;
import com.storedesk.export.pdf.PageFlow;
import com.storedesk.export.pdf.PdfCanvas;
import com.storedesk.export.pdf.ReportStyle;
import com.storedesk.export.pdf.Sparkline;
import com.storedesk.export.pdf.TextLayout;
import com.storedesk.export.pdf.TextStyle;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.DailyNet;
import com.storedesk.insight.district.DistrictRow;
import com.storedesk.insight.district.DistrictView;
import com.storedesk.insight.kpi.Kpi;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report's table: the screen's columns in {@link DistrictColumn} order, a sparkline for the last days,
 * and under each store the variance sentence and what its figures leave out, across the full width rather
 * than squeezed into a column. A row never splits across pages; the header repeats on each page.
 */
final class DistrictTable {

    private static final float PAD = 4;
    private static final float ROW_PAD = 3.5f;
    private static final float SPARK_HEIGHT = 9;
    private static final String MISSING = "\u2014";
    private static final String NOTE_JOIN = "  \u00b7  ";
    private static final float SPARK_WIDTH = 42;
    private static final float MIN_STORE_SHARE = 0.16f;

    private final Messages messages;
    private final KpiTexts kpiTexts;
    private final DistrictTexts districtTexts;
    private final RowNotes notes;
    private final ReportStyle style;

    DistrictTable(Messages messages, KpiTexts kpiTexts, DistrictTexts districtTexts, ReportStyle style) {
        this.messages = messages;
        this.kpiTexts = kpiTexts;
        this.districtTexts = districtTexts;
        this.notes = new RowNotes(messages, kpiTexts);
        this.style = style;
    }

    /** A column as laid out: where it starts, how wide it is, and which way its values align. */
    private record Slot(DistrictColumn column, float x, float width, boolean right) {

        float textRight() {
            return x + width - PAD;
        }

        float textWidth() {
            return width - 2 * PAD;
        }
    }

    /** What one cell shows. */
    private record Cell(String text, TextStyle style) {
    }

    /** A row as laid out: its cells' lines, the lines under it, and how tall that makes it. */
    private record RowLines(Map<DistrictColumn, Cell> cells, Map<DistrictColumn, List<String>> lines,
            int mainLines, List<String> under, float height) {
    }

    void draw(PageFlow flow, DistrictView view) throws IOException {
        List<Map<DistrictColumn, Cell>> rows = view.rows().stream().map(this::cells).toList();
        List<Slot> slots = layout(flow, rows);
        flow.ensure(style.heading().lineHeight() * 5);
        flow.paragraph(messages.get("export.table.title"), style.heading(), 0);
        flow.down(4);
        header(flow, slots);
        for (int i = 0; i < rows.size(); i++) {
            DistrictRow row = view.rows().get(i);
            RowLines laid = lay(flow, slots, row, rows.get(i));
            if (flow.ensure(laid.height())) {
                header(flow, slots);
            }
            drawRow(flow, slots, row, i % 2 == 1, laid);
        }
        flow.down(12);
    }

    private RowLines lay(PageFlow flow, List<Slot> slots, DistrictRow row, Map<DistrictColumn, Cell> cells) {
        Map<DistrictColumn, List<String>> lines = new EnumMap<>(DistrictColumn.class);
        cells.forEach((column, cell) -> lines.put(column, TextLayout.wrap(cell.text(), cell.style(),
                slot(slots, column).textWidth())));
        Slot store = slot(slots, DistrictColumn.STORE);
        List<String> under = TextLayout.wrap(underText(row), style.note(), flow.right() - store.x() - PAD);
        int mainLines = lines.values().stream().mapToInt(List::size).max().orElse(1);
        float height = ROW_PAD * 2 + mainLines * style.cell().lineHeight() + under.size() * style.note().lineHeight();
        return new RowLines(cells, lines, mainLines, under, height);
    }

    /**
     * Figures do not wrap: each column is as wide as its widest value or the longest word of its header, and
     * the store column takes what is left, its names wrapping. Should the figures leave the store column less
     * than {@link #MIN_STORE_SHARE} of the width, every column narrows alike (and wraps) rather than run off.
     */
    private List<Slot> layout(PageFlow flow, List<Map<DistrictColumn, Cell>> rows) {
        List<DistrictColumn> columns = Arrays.stream(DistrictColumn.values())
                .filter(c -> c != DistrictColumn.VARIANCE).toList();
        Map<DistrictColumn, Float> widths = new EnumMap<>(DistrictColumn.class);
        float fixed = 0;
        for (DistrictColumn column : columns) {
            if (column != DistrictColumn.STORE) {
                float content = column == DistrictColumn.LAST_DAYS ? SPARK_WIDTH : (float) rows.stream()
                        .map(cells -> cells.get(column))
                        .mapToDouble(cell -> cell.style().width(cell.text())).max().orElse(0);
                float width = Math.max(content, longestWord(messages.get(column.labelKey()))) + 2 * PAD;
                widths.put(column, width);
                fixed += width;
            }
        }
        float room = flow.width() * (1 - MIN_STORE_SHARE);
        if (fixed > room) {
            float shrink = room / fixed;
            widths.replaceAll((column, width) -> width * shrink);
            fixed = room;
        }
        widths.put(DistrictColumn.STORE, flow.width() - fixed);
        List<Slot> slots = new ArrayList<>();
        float x = flow.left();
        for (DistrictColumn column : columns) {
            boolean right = column != DistrictColumn.STORE && column != DistrictColumn.LAST_DAYS;
            slots.add(new Slot(column, x, widths.get(column), right));
            x += widths.get(column);
        }
        return slots;
    }

    private float longestWord(String label) {
        return (float) Arrays.stream(label.split(" ")).mapToDouble(style.columnHeader()::width).max().orElse(0);
    }

    private void header(PageFlow flow, List<Slot> slots) throws IOException {
        TextStyle text = style.columnHeader();
        int lines = 1;
        Map<DistrictColumn, List<String>> labels = new EnumMap<>(DistrictColumn.class);
        for (Slot slot : slots) {
            List<String> wrapped = TextLayout.wrap(messages.get(slot.column().labelKey()), text, slot.textWidth());
            labels.put(slot.column(), wrapped);
            lines = Math.max(lines, wrapped.size());
        }
        float height = lines * text.lineHeight() + ROW_PAD;
        // Labels sit on the bottom line, so one-line labels align with the last line of two-line ones.
        for (Slot slot : slots) {
            List<String> wrapped = labels.get(slot.column());
            float baseline = flow.y() - (lines - wrapped.size()) * text.lineHeight() - text.ascent();
            for (String line : wrapped) {
                drawText(flow.canvas(), slot, line, baseline, text);
                baseline -= text.lineHeight();
            }
        }
        flow.down(height);
        flow.canvas().line(flow.left(), flow.y(), flow.right(), flow.y(), 0.8f, ReportStyle.MUTED);
    }

    private Map<DistrictColumn, Cell> cells(DistrictRow row) {
        Map<DistrictColumn, Cell> cells = new EnumMap<>(DistrictColumn.class);
        TextStyle plain = style.cell();
        cells.put(DistrictColumn.RANK, new Cell(Integer.toString(row.rank()), plain));
        cells.put(DistrictColumn.STORE, new Cell(row.store().name(), plain.withFont(style.bold())));
        cells.put(DistrictColumn.NET_SALES, kpi(row, row.netSales()));
        Double vsForecast = row.netSales().vsForecast();
        cells.put(DistrictColumn.VS_FORECAST, vsForecast == null ? new Cell("", plain)
                : new Cell(districtTexts.signed(vsForecast), plain.withColor(color(vsForecast))));
        cells.put(DistrictColumn.TRANSACTIONS, kpi(row, row.transactions()));
        cells.put(DistrictColumn.CONVERSION, kpi(row, row.conversion()));
        cells.put(DistrictColumn.AVERAGE_ORDER, kpi(row, row.averageOrder()));
        TextStyle alert = plain.withFont(style.bold()).withColor(ReportStyle.BAD);
        cells.put(DistrictColumn.ALERTS, row.alertCount() == 0 ? new Cell("0", plain.withColor(ReportStyle.MUTED))
                : new Cell(Integer.toString(row.alertCount()), alert));
        return cells;
    }

    private Cell kpi(DistrictRow row, Kpi kpi) {
        return kpi.value() == null ? new Cell(MISSING, style.cell().withColor(ReportStyle.MUTED))
                : new Cell(kpiTexts.value(kpi, row.store().currency()), style.cell());
    }

    private static Color color(double change) {
        return Math.round(change * 100) < 0 ? ReportStyle.BAD : Math.round(change * 100) > 0 ? ReportStyle.GOOD
                : ReportStyle.INK;
    }

    private String underText(DistrictRow row) {
        List<String> parts = new ArrayList<>();
        parts.add(districtTexts.variance(row.variance()));
        parts.addAll(notes.of(row));
        return String.join(NOTE_JOIN, parts);
    }

    private void drawRow(PageFlow flow, List<Slot> slots, DistrictRow row, boolean banded, RowLines laid)
            throws IOException {
        PdfCanvas canvas = flow.canvas();
        float top = flow.y();
        if (banded) {
            canvas.fillRect(flow.left(), top - laid.height(), flow.width(), laid.height(), ReportStyle.BAND);
        }
        TextStyle cellStyle = style.cell();
        for (Slot slot : slots) {
            float baseline = top - ROW_PAD - cellStyle.ascent();
            if (slot.column() == DistrictColumn.LAST_DAYS) {
                long[] values = row.lastDays().stream().mapToLong(DailyNet::netMinor).toArray();
                Sparkline.draw(canvas, slot.x() + PAD, baseline - 1, slot.textWidth(), SPARK_HEIGHT, values,
                        ReportStyle.ACCENT);
                continue;
            }
            Cell cell = laid.cells().get(slot.column());
            for (String line : laid.lines().get(slot.column())) {
                drawText(canvas, slot, line, baseline, cell.style());
                baseline -= cellStyle.lineHeight();
            }
        }
        float baseline = top - ROW_PAD - laid.mainLines() * cellStyle.lineHeight() - style.note().ascent() + 1;
        float x = slot(slots, DistrictColumn.STORE).x() + PAD;
        for (String line : laid.under()) {
            canvas.text(line, x, baseline, style.note());
            baseline -= style.note().lineHeight();
        }
        flow.down(laid.height());
        canvas.line(flow.left(), flow.y(), flow.right(), flow.y(), 0.4f, ReportStyle.RULE);
    }

    private static void drawText(PdfCanvas canvas, Slot slot, String text, float baseline, TextStyle style)
            throws IOException {
        if (slot.right()) {
            canvas.textRight(text, slot.textRight(), baseline, style);
        } else {
            canvas.text(text, slot.x() + PAD, baseline, style);
        }
    }

    private static Slot slot(List<Slot> slots, DistrictColumn column) {
        return slots.stream().filter(s -> s.column() == column).findFirst().orElseThrow();
    }
}
