package com.storedesk.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Camera pictures of generated barcodes, for a {@link FakeCamera} to show: bars on a white label before a grey shelf. */
public final class BarcodePictures {

    private BarcodePictures() {
    }

    /** A shelf label: the GTIN's EAN-13 bars, 640 x 360. */
    public static BufferedImage shelfLabel(String gtin) {
        return onCard(new EAN13Writer().encode(gtin, BarcodeFormat.EAN_13, 0, 0), 4, 640, 360);
    }

    /** A loyalty card: its number as Code 128 bars, 640 x 480. */
    public static BufferedImage loyaltyCard(String number) {
        return onCard(new Code128Writer().encode(number, BarcodeFormat.CODE_128, 0, 0), 3, 640, 480);
    }

    private static BufferedImage onCard(BitMatrix bars, int module, int width, int height) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(90, 90, 100));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        int margin = width / 16;
        g.fillRect(margin, height / 4, width - 2 * margin, height / 2);
        g.setColor(Color.BLACK);
        int left = (width - bars.getWidth() * module) / 2;
        for (int x = 0; x < bars.getWidth(); x++) {
            if (bars.get(x, 0)) {
                g.fillRect(left + x * module, height / 4 + 30, module, height / 2 - 60);
            }
        }
        g.dispose();
        return frame;
    }
}
