package com.storedesk.export.pdf;

import java.awt.Color;
import java.io.IOException;

/** A small line of values in a box, scaled from their lowest to their highest, the last one dotted. */
public final class Sparkline {

    private static final float DOT = 1.8f;

    private Sparkline() {
    }

    public static void draw(PdfCanvas canvas, float x, float y, float width, float height, long[] values,
            Color color) throws IOException {
        if (values.length == 0) {
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        float[] xs = new float[values.length];
        float[] ys = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            xs[i] = values.length == 1 ? x + width : x + width * i / (values.length - 1);
            ys[i] = max == min ? y + height / 2 : y + height * (values[i] - min) / (float) (max - min);
        }
        if (values.length > 1) {
            canvas.polyline(xs, ys, 0.8f, color);
        }
        canvas.fillRect(xs[values.length - 1] - DOT / 2, ys[values.length - 1] - DOT / 2, DOT, DOT, color);
    }
}
