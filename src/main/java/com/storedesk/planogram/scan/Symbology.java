package com.storedesk.planogram.scan;

import com.google.zxing.BarcodeFormat;
import com.storedesk.planogram.model.Gtin;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The barcodes found on shelf labels and products that StoreDesk reads. */
public enum Symbology {
    EAN_13(BarcodeFormat.EAN_13),
    UPC_A(BarcodeFormat.UPC_A),
    EAN_8(BarcodeFormat.EAN_8),
    /** Small packs: reported as the UPC-A it expands to, so it matches that product's other codes. */
    UPC_E(BarcodeFormat.UPC_E),
    CODE_128(BarcodeFormat.CODE_128);

    private final BarcodeFormat format;

    Symbology(BarcodeFormat format) {
        this.format = format;
    }

    BarcodeFormat format() {
        return format;
    }

    /** Whether its text is a GTIN with a check digit (Code 128 may carry anything). */
    public boolean isGtin() {
        return this != CODE_128;
    }

    /**
     * The text as StoreDesk compares it: a UPC-E's eight digits become its twelve-digit UPC-A, which
     * is what a planogram or catalog lists; other symbologies keep what the decoder read.
     */
    String text(String decoded) {
        if (this != UPC_E) {
            return decoded;
        }
        return Gtin.fromUpcE(decoded).map(gtin -> gtin.digits().substring(2)).orElse(decoded);
    }

    static Set<BarcodeFormat> formats() {
        Set<BarcodeFormat> formats = EnumSet.noneOf(BarcodeFormat.class);
        for (Symbology symbology : values()) {
            formats.add(symbology.format);
        }
        return formats;
    }

    static Optional<Symbology> of(BarcodeFormat format) {
        for (Symbology symbology : values()) {
            if (symbology.format == format) {
                return Optional.of(symbology);
            }
        }
        return Optional.empty();
    }
}
