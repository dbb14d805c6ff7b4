package com.storedesk.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.layout.Region;

/**
 * Net sales per hour as bars, the forecast as a line over its shaded band, and the running hour
 * marked. Drawn by hand because JavaFX's charts cannot put bars and a band on one axis; redrawn
 * on every layout, which costs a few dozen nodes.
 */
final class HourlySalesChart extends Region {

    /** One hour: actual net sales and, where the store was expected open, the forecast band. */
    record Bar(int hour, double actual, boolean forecast, double expected, double low, double high) {
    }

    private static final double LEFT = 64;
    private static final double BOTTOM = 22;
    private static final double TOP = 8;
    private static final int GRID_LINES = 4;

    private final DoubleFunction<String> amountLabel;
    private final IntFunction<String> hourLabel;
    private final String emptyText;
    private List<Bar> bars = List.of();
    private OptionalInt currentHour = OptionalInt.empty();

    HourlySalesChart(DoubleFunction<String> amountLabel, IntFunction<String> hourLabel, String emptyText) {
        this.amountLabel = amountLabel;
        this.hourLabel = hourLabel;
        this.emptyText = emptyText;
        getStyleClass().add("hourly-chart");
        setMinHeight(200);
        setPrefHeight(240);
    }

    void show(List<Bar> shown, OptionalInt runningHour) {
        this.bars = List.copyOf(shown);
        this.currentHour = runningHour;
        requestLayout();
    }

    List<Bar> bars() {
        return bars;
    }

    @Override
    protected void layoutChildren() {
        List<Node> nodes = new ArrayList<>();
        double width = getWidth() - LEFT - snappedRightInset();
        double height = getHeight() - BOTTOM - TOP;
        if (bars.isEmpty() || width <= 0 || height <= 0) {
            if (bars.isEmpty()) {
                Text empty = text(emptyText, "chart-empty");
                empty.setX(Math.max(0, (getWidth() - empty.getLayoutBounds().getWidth()) / 2));
                empty.setY(getHeight() / 2);
                nodes.add(empty);
            }
            getChildren().setAll(nodes);
            return;
        }
        double max = niceMax(bars.stream().mapToDouble(b -> Math.max(b.actual(), b.forecast() ? b.high() : 0))
                .max().orElse(0));
        for (int i = 0; i <= GRID_LINES; i++) {
            double value = max * i / GRID_LINES;
            double y = TOP + height - height * i / GRID_LINES;
            Line grid = new Line(LEFT, y, LEFT + width, y);
            grid.getStyleClass().add("chart-grid");
            nodes.add(grid);
            Text label = text(amountLabel.apply(value), "chart-axis-label");
            label.setTextAlignment(TextAlignment.RIGHT);
            label.setX(LEFT - 8 - label.getLayoutBounds().getWidth());
            label.setY(y);
            nodes.add(label);
        }
        double slot = width / bars.size();
        int labelEvery = labelStep(slot);
        List<Double> band = new ArrayList<>();
        List<Double> lowerBand = new ArrayList<>();
        Polyline forecast = new Polyline();
        forecast.getStyleClass().add("chart-forecast");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = LEFT + i * slot;
            double barHeight = height * bar.actual() / max;
            Rectangle rect = new Rectangle(x + slot * 0.18, TOP + height - barHeight, slot * 0.64, Math.max(0, barHeight));
            rect.getStyleClass().add(isCurrent(bar) ? "chart-bar-current" : "chart-bar");
            nodes.add(rect);
            if (bar.forecast()) {
                double center = x + slot / 2;
                forecast.getPoints().addAll(center, y(bar.expected(), max, height));
                band.addAll(List.of(center, y(bar.high(), max, height)));
                lowerBand.addAll(0, List.of(center, y(bar.low(), max, height)));
            }
            if (i % labelEvery == 0) {
                Text hour = text(hourLabel.apply(bar.hour()), "chart-axis-label");
                hour.setX(x + slot / 2 - hour.getLayoutBounds().getWidth() / 2);
                hour.setY(TOP + height + BOTTOM / 2 + 2);
                nodes.add(hour);
            }
        }
        if (!band.isEmpty()) {
            Polygon shade = new Polygon();
            shade.getPoints().addAll(band);
            shade.getPoints().addAll(lowerBand);
            shade.getStyleClass().add("chart-band");
            nodes.add(2 * (GRID_LINES + 1), shade); // behind the bars, above the grid
            nodes.add(forecast);
        }
        getChildren().setAll(nodes);
    }

    /** Every how many hours an hour label fits: "10:00 AM" under each bar of a narrow chart would overlap. */
    private int labelStep(double slot) {
        double widest = bars.stream().mapToDouble(bar -> text(hourLabel.apply(bar.hour()), "chart-axis-label")
                .getLayoutBounds().getWidth()).max().orElse(0);
        return Math.max(1, (int) Math.ceil((widest + 8) / slot));
    }

    private boolean isCurrent(Bar bar) {
        return currentHour.isPresent() && currentHour.getAsInt() == bar.hour();
    }

    private static double y(double value, double max, double height) {
        return TOP + height - height * value / max;
    }

    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        text.setTextOrigin(VPos.CENTER);
        return text;
    }

    /** A round top for the axis (1, 2 or 5 times a power of ten), so gridlines fall on readable amounts. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double step = Math.pow(10, Math.floor(Math.log10(max / GRID_LINES)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * factor * GRID_LINES >= max) {
                return step * factor * GRID_LINES;
            }
        }
        return step * 10 * GRID_LINES;
    }
}
