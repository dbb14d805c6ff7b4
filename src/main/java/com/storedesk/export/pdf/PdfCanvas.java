package com.storedesk.export.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Drawing on one page in points from its bottom-left corner: text, rules, boxes and lines. */
public final class PdfCanvas {

    private final PDPageContentStream stream;

    PdfCanvas(PDPageContentStream stream) {
        this.stream = stream;
    }

    /** {@code text} with its baseline at {@code baseline}, starting at {@code x}. */
    public void text(String text, float x, float baseline, TextStyle style) throws IOException {
        String printable = style.font().printable(text);
        if (printable.isBlank()) {
            return;
        }
        stream.beginText();
        stream.setFont(style.font().pdFont(), style.size());
        stream.setNonStrokingColor(style.color());
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    /** {@code text} ending at {@code right}. */
    public void textRight(String text, float right, float baseline, TextStyle style) throws IOException {
        text(text, right - style.width(text), baseline, style);
    }

    /** {@code text} centred on {@code centre}. */
    public void textCentred(String text, float centre, float baseline, TextStyle style) throws IOException {
        text(text, centre - style.width(text) / 2, baseline, style);
    }

    public void fillRect(float x, float y, float width, float height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    public void line(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        polyline(new float[] {x1, x2}, new float[] {y1, y2}, width, color);
    }

    public void polyline(float[] xs, float[] ys, float width, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.setLineCapStyle(1);
        stream.setLineJoinStyle(1);
        stream.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            stream.lineTo(xs[i], ys[i]);
        }
        stream.stroke();
    }
}
