package com.storedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Finds every glyph that lies outside a page's margins: text that ran off the page or into its edge. */
final class TextInsidePage extends PDFTextStripper {

    private static final float MARGIN = 40;
    private static final float TOLERANCE = 1;

    private final PDDocument document;
    private final List<String> outside = new ArrayList<>();

    TextInsidePage(PDDocument document) {
        this.document = document;
    }

    void assertEverythingInsideMargins() throws IOException {
        writeText(document, new StringWriter());
        assertThat(outside).as("text outside the margins").isEmpty();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        PDRectangle page = getCurrentPage().getMediaBox();
        for (TextPosition glyph : positions) {
            float left = glyph.getXDirAdj();
            float right = left + glyph.getWidthDirAdj();
            float baseline = glyph.getYDirAdj();
            boolean inside = left >= MARGIN - TOLERANCE && right <= page.getWidth() - MARGIN + TOLERANCE
                    && baseline >= MARGIN && baseline <= page.getHeight() - MARGIN + TOLERANCE;
            if (!inside) {
                outside.add("page " + getCurrentPageNo() + ": '" + text + "' at " + left + "," + baseline);
                return;
            }
        }
    }
}
