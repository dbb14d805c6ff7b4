package com.storedesk.export.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Content laid top to bottom over as many pages as it needs. A cursor {@link #y()} marks the top of the free
 * space; whoever draws a block asks {@link #ensure(float)} for its height first, so no block runs off a page
 * or into the footer. Footers are drawn last, when the page count is known.
 */
public final class PageFlow {

    /** Draws the footer of one page, once all pages exist. */
    @FunctionalInterface
    public interface Footer {
        void draw(PdfCanvas canvas, int page, int pages, float left, float right, float baseline) throws IOException;
    }

    private final PDDocument document;
    private final PDRectangle size;
    private final float margin;
    private final float footerHeight;
    private PDPageContentStream stream;
    private PdfCanvas canvas;
    private float y;

    public PageFlow(PDDocument document, Paper paper, float margin, float footerHeight) throws IOException {
        this.document = document;
        this.size = paper.size();
        this.margin = margin;
        this.footerHeight = footerHeight;
        newPage();
    }

    public PdfCanvas canvas() {
        return canvas;
    }

    public float left() {
        return margin;
    }

    public float right() {
        return size.getWidth() - margin;
    }

    public float width() {
        return right() - left();
    }

    public float y() {
        return y;
    }

    public void down(float height) {
        y -= height;
    }

    private float bottom() {
        return margin + footerHeight;
    }

    /** Starts a new page unless {@code height} points fit below the cursor; true when it started one. */
    public boolean ensure(float height) throws IOException {
        if (y - height >= bottom() || y == top()) {
            return false;
        }
        newPage();
        return true;
    }

    private float top() {
        return size.getHeight() - margin;
    }

    public void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        canvas = new PdfCanvas(stream);
        y = top();
    }

    /** Wrapped lines of {@code text}, indented by {@code indent}, moving to a new page between lines as needed. */
    public void paragraph(String text, TextStyle style, float indent) throws IOException {
        for (String line : TextLayout.wrap(text, style, width() - indent)) {
            ensure(style.lineHeight());
            canvas.text(line, left() + indent, y - style.ascent(), style);
            down(style.lineHeight());
        }
    }

    /** Closes the last page and draws every page's footer. */
    public void finish(Footer footer) throws IOException {
        closeStream();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream append = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.draw(new PdfCanvas(append), i + 1, pages, left(), right(), margin);
            }
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
