package com.storedesk.export.pdf;

import java.awt.Color;

/** A font at a size in a colour, and the height of one of its lines. */
public record TextStyle(ReportFont font, float size, Color color) {

    private static final float LEADING = 1.3f;

    public float lineHeight() {
        return size * LEADING;
    }

    /** From the top of a line to its baseline. */
    public float ascent() {
        return size * 0.95f;
    }

    public float width(String text) {
        return font.width(text, size);
    }

    public TextStyle withColor(Color other) {
        return new TextStyle(font, size, other);
    }

    public TextStyle withFont(ReportFont other) {
        return new TextStyle(other, size, color);
    }
}
