package com.storedesk.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.EAN13Writer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Camera-like frames of a shelf edge: a row of price labels, each with a real EAN-13 barcode
 * drawn by ZXing's writer, the whole frame turned a few degrees, softly blurred and grainy, as a
 * webcam held by hand sees it. Reproducible from the seed.
 */
public final class ShelfFrames {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;
    static final int LABELS = 4;

    /** A frame and the codes printed on it, from left to right. */
    public record Frame(BufferedImage image, List<String> codes) {
    }

    private final SplittableRandom random;

    public ShelfFrames(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public Frame next() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x6b, 0x5a, 0x48));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double angle = Math.toRadians(random.nextDouble(-3, 3));
        g.setTransform(AffineTransform.getRotateInstance(angle, WIDTH / 2.0, HEIGHT / 2.0));
        g.setColor(new Color(0xd8, 0xd8, 0xd0));
        g.fillRect(-40, 220, WIDTH + 80, 300);
        List<String> codes = new ArrayList<>();
        int labelWidth = 270;
        int gap = (WIDTH - LABELS * labelWidth) / (LABELS + 1);
        for (int i = 0; i < LABELS; i++) {
            String code = gtin();
            codes.add(code);
            label(g, gap + i * (labelWidth + gap), 250 + random.nextInt(-8, 9), labelWidth, code);
        }
        g.dispose();
        return new Frame(grain(blur(image)), codes);
    }

    private void label(Graphics2D g, int x, int y, int width, String code) {
        g.setColor(Color.WHITE);
        g.fillRect(x, y, width, 240);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(2));
        g.drawRect(x, y, width, 240);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("$" + (random.nextInt(1, 60)) + "." + (10 + random.nextInt(89)), x + 16, y + 40);
        BitMatrix bars = new EAN13Writer().encode(code, BarcodeFormat.EAN_13, 0, 0);
        int module = 2;
        int left = x + (width - bars.getWidth() * module) / 2;
        g.setColor(Color.BLACK);
        for (int column = 0; column < bars.getWidth(); column++) {
            if (bars.get(column, 0)) {
                g.fillRect(left + column * module, y + 70, module, 120);
            }
        }
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 18));
        g.drawString(code, left + 30, y + 215);
    }

    /** An in-store GTIN (prefix 20-29) with its check digit. */
    private String gtin() {
        StringBuilder digits = new StringBuilder("2").append(random.nextInt(10));
        for (int i = 0; i < 10; i++) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    private static BufferedImage blur(BufferedImage image) {
        // A 3x3 Gaussian: the softness of a webcam's lens and focus, less than a bar's width.
        float[] weights = {1, 2, 1, 2, 4, 2, 1, 2, 1};
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= 16;
        }
        ConvolveOp op = new ConvolveOp(new Kernel(3, 3, weights), ConvolveOp.EDGE_NO_OP, null);
        return op.filter(image, new BufferedImage(image.getWidth(), image.getHeight(), image.getType()));
    }

    private BufferedImage grain(BufferedImage image) {
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int value = (pixels[i] & 0xff) + random.nextInt(-12, 13);
            pixels[i] = (byte) Math.max(0, Math.min(255, value));
        }
        return image;
    }
}
