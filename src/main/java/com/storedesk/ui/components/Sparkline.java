package com.storedesk.ui.components;

import java.util.List;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.layout.Region;

/**
 * A word-sized line chart of a few values, oldest first, with the last point marked: the shape of
 * the recent days at a glance, next to the figures of the last one. The scale runs from zero, so a
 * flat line means steady sales, not tiny ones.
 */
public final class Sparkline extends Region {

    private static final double PADDING = 3;
    private static final double POINT_RADIUS = 2.5;

    private final Polyline line = new Polyline();
    private final Circle last = new Circle(POINT_RADIUS);
    private List<Long> values = List.of();

    public Sparkline() {
        getStyleClass().add("sparkline");
        line.getStyleClass().add("sparkline-line");
        last.getStyleClass().add("sparkline-last");
        getChildren().addAll(line, last);
        setPrefSize(64, 26);
        setMinSize(40, 20);
    }

    public void show(List<Long> values) {
        this.values = List.copyOf(values);
        requestLayout();
    }

    public List<Long> values() {
        return values;
    }

    @Override
    protected void layoutChildren() {
        line.getPoints().clear();
        last.setVisible(!values.isEmpty());
        if (values.isEmpty()) {
            return;
        }
        double width = getWidth() - 2 * PADDING;
        double height = getHeight() - 2 * PADDING;
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        double step = values.size() == 1 ? 0 : width / (values.size() - 1);
        for (int i = 0; i < values.size(); i++) {
            double x = PADDING + i * step;
            double y = PADDING + height * (1 - Math.max(0, values.get(i)) / (double) max);
            line.getPoints().addAll(x, y);
            last.setCenterX(x);
            last.setCenterY(y);
        }
    }
}
