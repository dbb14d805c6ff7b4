package com.storedesk.planogram.scan;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Objects;

/**
 * An image as one byte of luminance per pixel, the form every decoder pass works on. Immutable:
 * rotating or scaling makes a new image, so one image can be shared by threads.
 */
public final class GrayImage {

    private final int width;
    private final int height;
    private final byte[] luminance;

    /** {@code luminance} row by row, {@code width * height} bytes (0 black, 255 white); not copied. */
    public GrayImage(int width, int height, byte[] luminance) {
        if (width < 1 || height < 1 || luminance.length < width * height) {
            throw new IllegalArgumentException("A " + width + "x" + height + " image needs that many pixels");
        }
        this.width = width;
        this.height = height;
        this.luminance = luminance;
    }

    /** Green weighs twice, as in ZXing's own conversion; alpha-transparent pixels count as white. */
    public static GrayImage of(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] luminance = new byte[width * height];
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            image.getRaster().getDataElements(0, 0, width, height, luminance);
            return new GrayImage(width, height, luminance);
        }
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == width * height * 3) {
            byte[] bgr = buffer.getData();
            for (int i = 0, p = 0; i < luminance.length; i++, p += 3) {
                int b = bgr[p] & 0xff;
                int g = bgr[p + 1] & 0xff;
                int r = bgr[p + 2] & 0xff;
                luminance[i] = (byte) ((r + 2 * g + b) >> 2);
            }
            return new GrayImage(width, height, luminance);
        }
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                int gray = (((argb >> 16) & 0xff) + 2 * ((argb >> 8) & 0xff) + (argb & 0xff)) >> 2;
                luminance[y * width + x] = (byte) (alpha == 0xff ? gray : (gray * alpha + 255 * (255 - alpha)) / 255);
            }
        }
        return new GrayImage(width, height, luminance);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** This image scaled by {@code factor} (bilinear when enlarging, box average when shrinking). */
    public GrayImage scaled(double factor) {
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        byte[] out = new byte[w * h];
        if (factor < 1) {
            for (int y = 0; y < h; y++) {
                int y0 = (int) (y / factor);
                int y1 = Math.max(y0 + 1, Math.min(height, (int) ((y + 1) / factor)));
                for (int x = 0; x < w; x++) {
                    int x0 = (int) (x / factor);
                    int x1 = Math.max(x0 + 1, Math.min(width, (int) ((x + 1) / factor)));
                    int sum = 0;
                    for (int yy = y0; yy < y1; yy++) {
                        for (int xx = x0; xx < x1; xx++) {
                            sum += luminance[yy * width + xx] & 0xff;
                        }
                    }
                    out[y * w + x] = (byte) (sum / ((y1 - y0) * (x1 - x0)));
                }
            }
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = (byte) sample((x + 0.5) / factor - 0.5, (y + 0.5) / factor - 0.5);
                }
            }
        }
        return new GrayImage(w, h, out);
    }

    /** This image turned by {@code degrees} counter-clockwise about its centre; corners uncovered are white. */
    public GrayImage rotated(double degrees) {
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        int w = (int) Math.ceil(Math.abs(width * cos) + Math.abs(height * sin));
        int h = (int) Math.ceil(Math.abs(width * sin) + Math.abs(height * cos));
        byte[] out = new byte[w * h];
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        double ox = (w - 1) / 2.0;
        double oy = (h - 1) / 2.0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - ox;
                double dy = y - oy;
                // Image y points down, so a counter-clockwise turn on screen is this inverse mapping.
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                out[y * w + x] = (byte) sample(sx, sy);
            }
        }
        return new GrayImage(w, h, out);
    }

    private int sample(double x, double y) {
        if (x < -0.5 || y < -0.5 || x > width - 0.5 || y > height - 0.5) {
            return 255;
        }
        int x0 = clamp((int) Math.floor(x), width);
        int y0 = clamp((int) Math.floor(y), height);
        int x1 = clamp(x0 + 1, width);
        int y1 = clamp(y0 + 1, height);
        double fx = Math.max(0, Math.min(1, x - x0));
        double fy = Math.max(0, Math.min(1, y - y0));
        double top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
        double bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    private int at(int x, int y) {
        return luminance[y * width + x] & 0xff;
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    /** ZXing's view of this image; it can turn itself a quarter, which try-harder 1D decoding uses. */
    LuminanceSource source() {
        return new Source(this);
    }

    private static final class Source extends LuminanceSource {

        private final GrayImage image;

        Source(GrayImage image) {
            super(image.width, image.height);
            this.image = image;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(image.luminance, y * image.width, out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            int size = image.width * image.height;
            return image.luminance.length == size ? image.luminance : Arrays.copyOf(image.luminance, size);
        }

        @Override
        public boolean isCropSupported() {
            return true;
        }

        @Override
        public LuminanceSource crop(int left, int top, int width, int height) {
            byte[] out = new byte[width * height];
            for (int y = 0; y < height; y++) {
                System.arraycopy(image.luminance, (top + y) * image.width + left, out, y * width, width);
            }
            return new Source(new GrayImage(width, height, out));
        }

        @Override
        public boolean isRotateSupported() {
            return true;
        }

        @Override
        public LuminanceSource rotateCounterClockwise() {
            int w = image.width;
            int h = image.height;
            byte[] out = new byte[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[(w - 1 - x) * h + y] = image.luminance[y * w + x];
                }
            }
            return new Source(new GrayImage(h, w, out));
        }
    }
}
