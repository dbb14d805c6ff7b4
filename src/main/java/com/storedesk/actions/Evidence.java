package com.storedesk.actions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The numbers behind an action, each with the bundle key of its label, and optionally a short daily
 * series (for example units sold a day) a detail pane can draw as a small chart.
 *
 * @param seriesKey the bundle key naming the series, or null when there is none
 */
public record Evidence(List<NamedFigure> figures, String seriesKey, List<Point> series) {

    /** A labelled figure. */
    public record NamedFigure(String key, Figure figure) {
        public NamedFigure {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(figure, "figure");
        }
    }

    /** One day's value of the series. */
    public record Point(LocalDate date, BigDecimal value) {
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(value, "value");
        }
    }

    public Evidence {
        figures = List.copyOf(figures);
        series = List.copyOf(series);
        if ((seriesKey == null) != series.isEmpty()) {
            throw new IllegalArgumentException("A series has a name, and a name a series");
        }
    }

    public static Evidence of(List<NamedFigure> figures) {
        return new Evidence(figures, null, List.of());
    }

    public Evidence withSeries(String key, List<Point> points) {
        return new Evidence(figures, points.isEmpty() ? null : key, points);
    }
}
