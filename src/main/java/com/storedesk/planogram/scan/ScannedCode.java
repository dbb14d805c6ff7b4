package com.storedesk.planogram.scan;

import java.util.Objects;

/**
 * One barcode read from an image or a frame.
 *
 * @param text what it encodes, as a scanner types it (UPC-A as twelve digits, a UPC-E as the UPC-A it expands to)
 * @param x where its middle was found, in pixels of the image it came from (for ordering left to right)
 * @param y the same, from the top
 */
public record ScannedCode(Symbology symbology, String text, float x, float y) {

    public ScannedCode {
        Objects.requireNonNull(symbology, "symbology");
        Objects.requireNonNull(text, "text");
    }

    /** Same symbology and text: the same code, wherever it was seen. */
    public boolean sameCode(ScannedCode other) {
        return symbology == other.symbology && text.equals(other.text);
    }
}
