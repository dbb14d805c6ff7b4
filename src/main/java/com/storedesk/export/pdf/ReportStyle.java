package com.storedesk.export.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The report's type and colours in one place: DejaVu Sans (regular and bold, embedded: it has every letter
 * of the four languages and the true minus sign) in a few sizes, and a quiet palette that prints in grey.
 */
public record ReportStyle(ReportFont regular, ReportFont bold) {

    public static final Color INK = new Color(0x1F2328);
    public static final Color MUTED = new Color(0x59636E);
    public static final Color ACCENT = new Color(0x3B82C4);
    public static final Color GOOD = new Color(0x1A7F37);
    public static final Color BAD = new Color(0xC62F2F);
    public static final Color RULE = new Color(0xD0D7DE);
    public static final Color BAND = new Color(0xF3F5F7);

    private static final String FONTS = "/com/storedesk/export/fonts/";

    public static ReportStyle load(PDDocument document) throws IOException {
        return new ReportStyle(ReportFont.load(document, FONTS + "DejaVuSans.ttf"),
                ReportFont.load(document, FONTS + "DejaVuSans-Bold.ttf"));
    }

    public TextStyle title() {
        return new TextStyle(bold, 18, INK);
    }

    public TextStyle heading() {
        return new TextStyle(bold, 11, INK);
    }

    public TextStyle body() {
        return new TextStyle(regular, 9, INK);
    }

    public TextStyle subtitle() {
        return new TextStyle(regular, 9.5f, MUTED);
    }

    public TextStyle cell() {
        return new TextStyle(regular, 8, INK);
    }

    public TextStyle columnHeader() {
        return new TextStyle(bold, 6.5f, MUTED);
    }

    public TextStyle note() {
        return new TextStyle(regular, 7, MUTED);
    }
}
