package com.storedesk.export.pdf;

import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars, one per row, each with an optional marker (a target or a forecast) drawn across it, on a
 * shared axis from zero with round ticks. Labels sit left, values right, so both columns line up. Rows flow
 * over pages like any other block, and the axis is repeated at the top of each page the chart reaches.
 */
public final class BarChart {

    /** One row: its label, its value and marker on the axis's scale, and the value as it should read. */
    public record Bar(String label, double value, OptionalDouble marker, String valueText) {
    }

    private static final float ROW = 14;
    private static final float BAR = 8;
    private static final float MARKER_OVERHANG = 2.5f;
    private static final float GAP = 6;
    private static final float LEGEND_SWATCH = 8;
    private static final int TARGET_TICKS = 5;

    private final ReportStyle style;
    private final DoubleFunction<String> axisLabel;

    /** {@code axisLabel} writes a tick's value ("$2,000"). */
    public BarChart(ReportStyle style, DoubleFunction<String> axisLabel) {
        this.style = style;
        this.axisLabel = axisLabel;
    }

    /** The legend (what the bar and the marker are), then the axis and the bars. */
    public void draw(PageFlow flow, List<Bar> bars, String barLegend, String markerLegend) throws IOException {
        if (bars.isEmpty()) {
            return;
        }
        TextStyle label = style.cell();
        TextStyle axis = style.note();
        float labelWidth = Math.min(flow.width() * 0.28f, widest(bars.stream().map(Bar::label).toList(), label) + GAP);
        float valueWidth = widest(bars.stream().map(Bar::valueText).toList(), label) + GAP;
        Scale scale = Scale.of(bars);
        float x0 = flow.left() + labelWidth;
        float plotWidth = flow.width() - labelWidth - valueWidth - GAP;

        flow.ensure(label.lineHeight() + ROW * 3);
        legend(flow, barLegend, markerLegend, x0);
        axis(flow, scale, x0, plotWidth, axis);
        for (Bar bar : bars) {
            if (flow.ensure(ROW)) {
                axis(flow, scale, x0, plotWidth, axis);
            }
            row(flow, bar, scale, x0, plotWidth, labelWidth, label);
        }
        flow.down(GAP);
    }

    private void legend(PageFlow flow, String barLegend, String markerLegend, float x) throws IOException {
        TextStyle text = style.note();
        PdfCanvas canvas = flow.canvas();
        float baseline = flow.y() - text.ascent();
        canvas.fillRect(x, baseline - 0.5f, LEGEND_SWATCH, LEGEND_SWATCH * 0.8f, ReportStyle.ACCENT);
        canvas.text(barLegend, x + LEGEND_SWATCH + 3, baseline, text);
        float markerX = x + LEGEND_SWATCH + 3 + text.width(barLegend) + 14;
        canvas.line(markerX + 3, baseline - 1.5f, markerX + 3, baseline + LEGEND_SWATCH, 1.5f, ReportStyle.INK);
        canvas.text(markerLegend, markerX + 9, baseline, text);
        flow.down(text.lineHeight() + 4);
    }

    private void axis(PageFlow flow, Scale scale, float x0, float plotWidth, TextStyle text) throws IOException {
        float baseline = flow.y() - text.ascent();
        for (int i = 0; i <= scale.ticks(); i++) {
            double value = scale.step() * i;
            float x = x0 + plotWidth * (float) (value / scale.max());
            flow.canvas().textCentred(axisLabel.apply(value), x, baseline, text);
        }
        flow.down(text.lineHeight() + 2);
    }

    private void row(PageFlow flow, Bar bar, Scale scale, float x0, float plotWidth, float labelWidth, TextStyle text)
            throws IOException {
        PdfCanvas canvas = flow.canvas();
        float top = flow.y();
        for (int i = 0; i <= scale.ticks(); i++) {
            float x = x0 + plotWidth * i / scale.ticks();
            canvas.line(x, top, x, top - ROW, i == 0 ? 0.8f : 0.4f, i == 0 ? ReportStyle.MUTED : ReportStyle.RULE);
        }
        float barBottom = top - (ROW + BAR) / 2;
        float length = plotWidth * (float) (Math.max(0, bar.value()) / scale.max());
        canvas.fillRect(x0, barBottom, length, BAR, ReportStyle.ACCENT);
        if (bar.marker().isPresent()) {
            float x = x0 + plotWidth * (float) (Math.max(0, bar.marker().getAsDouble()) / scale.max());
            canvas.line(x, barBottom - MARKER_OVERHANG, x, barBottom + BAR + MARKER_OVERHANG, 1.5f, ReportStyle.INK);
        }
        float baseline = barBottom + (BAR - text.size()) / 2 + 1;
        canvas.text(TextLayout.fit(bar.label(), text, labelWidth - GAP), flow.left(), baseline, text);
        canvas.textRight(bar.valueText(), flow.right(), baseline, text);
        flow.down(ROW);
    }

    private static float widest(List<String> texts, TextStyle style) {
        return (float) texts.stream().mapToDouble(style::width).max().orElse(0);
    }

    /** The axis from zero to a round maximum in round steps that covers every value and marker. */
    private record Scale(double step, int ticks) {

        double max() {
            return step * ticks;
        }

        static Scale of(List<Bar> bars) {
            double max = bars.stream()
                    .mapToDouble(b -> Math.max(b.value(), b.marker().orElse(0)))
                    .max().orElse(0);
            if (max <= 0) {
                return new Scale(1, 1);
            }
            double raw = max / TARGET_TICKS;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double normal = raw / magnitude;
            double nice = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10;
            double step = nice * magnitude;
            return new Scale(step, (int) Math.ceil(max / step - 1e-9));
        }
    }
}
