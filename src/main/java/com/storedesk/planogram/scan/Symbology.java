package com.storedesk.planogram.scan;

import com.google.zxing.BarcodeFormat;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The barcodes found on shelf labels and products that StoreDesk reads. */
public enum Symbology {
    EAN_13(BarcodeFormat.EAN_13),
    UPC_A(BarcodeFormat.UPC_A),
    EAN_8(BarcodeFormat.EAN_8),
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
