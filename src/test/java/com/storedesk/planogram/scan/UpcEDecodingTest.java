package com.storedesk.planogram.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.UPCEWriter;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A printed UPC-E reaches the rest of StoreDesk as the UPC-A it stands for, from photos and frames alike. */
class UpcEDecodingTest {

    @Test
    void aPhotographedUpcEIsReadAsItsUpcA() {
        assertThat(new PhotoDecoder().decode(label("04252614")))
                .extracting(ScannedCode::symbology, ScannedCode::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Symbology.UPC_E, "042100005264"));
    }

    @Test
    void aCameraFrameReadsAUpcEAsItsUpcA() {
        assertThat(new FrameDecoder().decode(label("01234558")))
                .extracting(ScannedCode::text).containsExactly("012345000058");
    }

    @Test
    void theDecodersAskZxingForUpcE() {
        assertThat(Symbology.formats()).contains(BarcodeFormat.UPC_E);
        assertThat(Symbology.of(BarcodeFormat.UPC_E)).contains(Symbology.UPC_E);
        assertThat(Symbology.UPC_E.isGtin()).isTrue();
    }

    /** A UPC-E label as a camera would see it: bars three pixels a module, white around. */
    private static BufferedImage label(String upcE) {
        BitMatrix bars = new UPCEWriter().encode(upcE, BarcodeFormat.UPC_E, 0, 0);
        int module = 3;
        int margin = 40;
        BufferedImage image = new BufferedImage(bars.getWidth() * module + 2 * margin, 160,
                BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int bx = (x - margin) / module;
                boolean black = x >= margin && bx < bars.getWidth() && y >= 30 && y < 130 && bars.get(bx, 0);
                image.setRGB(x, y, black ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
