package com.storedesk.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font embedded (as the subset a report uses) in one document, and what it can print:
 * PDFBox throws on a character without a glyph, so text is reduced to printable characters first.
 */
public final class ReportFont {

    private static final char MISSING = '?';

    private final PDFont font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    private ReportFont(PDFont font) {
        this.font = font;
    }

    static ReportFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = ReportFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font not found: " + resource);
            }
            return new ReportFont(PDType0Font.load(document, in, true));
        }
    }

    PDFont pdFont() {
        return font;
    }

    /** Width in points of {@code text} at {@code size}. */
    public float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line breaks and tabs become spaces, characters the font lacks become "?". */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(c, this::hasGlyph)) {
                out.appendCodePoint(c);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
