package com.storedesk.planogram.scan;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Binarizer;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One way of looking at an image: a binarizer, how hard to try, and the image turned or scaled
 * first. Stateless: ZXing's readers are made per call, since they are not safe to share.
 *
 * @param scale 1 for the image as it is
 * @param degrees counter-clockwise turn before decoding, 0 for none
 */
record DecodePass(Binarization binarization, boolean tryHarder, double scale, double degrees) {

    enum Binarization {
        /** One threshold per row (ZXing's default for 1D codes): blurred or small bars. */
        ROW,
        /** Local thresholds (ZXing's hybrid matrix): shadows and uneven light across a label. */
        LOCAL
    }

    static DecodePass plain(Binarization binarization, boolean tryHarder) {
        return new DecodePass(binarization, tryHarder, 1, 0);
    }

    List<Sighting> decode(GrayImage image) {
        GrayImage scaled = scale == 1 ? image : image.scaled(scale);
        GrayImage prepared = degrees == 0 ? scaled : scaled.rotated(degrees);
        Binarizer binarizer = binarization == Binarization.LOCAL ? new LocalRowBinarizer(prepared.source())
                : new GlobalHistogramBinarizer(prepared.source());
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, Symbology.formats());
        if (tryHarder) {
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        }
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        Result[] results;
        try {
            results = new GenericMultipleBarcodeReader(reader).decodeMultiple(new BinaryBitmap(binarizer), hints);
        } catch (NotFoundException e) {
            return List.of();
        }
        List<Sighting> sightings = new ArrayList<>(results.length);
        for (Result result : results) {
            Symbology symbology = Symbology.of(result.getBarcodeFormat()).orElse(null);
            if (symbology != null) {
                sightings.add(sighting(symbology, result, prepared, image));
            }
        }
        return sightings;
    }

    /** A code where it was seen, in the original image's pixels, so passes can be compared. */
    record Sighting(ScannedCode code, float halfLength) {

        boolean overlaps(Sighting other) {
            double distance = Math.hypot(code.x() - other.code.x(), code.y() - other.code.y());
            return distance < Math.max(halfLength, other.halfLength);
        }
    }

    private Sighting sighting(Symbology symbology, Result result, GrayImage prepared, GrayImage original) {
        List<float[]> points = new ArrayList<>();
        if (result.getResultPoints() != null) {
            for (ResultPoint point : result.getResultPoints()) {
                if (point != null) {
                    points.add(toOriginal(new float[] {point.getX(), point.getY()}, prepared, original));
                }
            }
        }
        if (points.isEmpty()) {
            return new Sighting(new ScannedCode(symbology, symbology.text(result.getText()), original.width() / 2f,
                    original.height() / 2f), Math.max(original.width(), original.height()));
        }
        float x = 0;
        float y = 0;
        for (float[] point : points) {
            x += point[0] / points.size();
            y += point[1] / points.size();
        }
        float half = 0;
        for (float[] point : points) {
            half = (float) Math.max(half, Math.hypot(point[0] - x, point[1] - y));
        }
        return new Sighting(new ScannedCode(symbology, symbology.text(result.getText()), x, y), half);
    }

    /** Undoes the turn and the scale, so codes from different passes can be put in one order. */
    private float[] toOriginal(float[] point, GrayImage prepared, GrayImage original) {
        double x = point[0];
        double y = point[1];
        if (degrees != 0) {
            double radians = Math.toRadians(degrees);
            double dx = x - (prepared.width() - 1) / 2.0;
            double dy = y - (prepared.height() - 1) / 2.0;
            double scaledWidth = Math.max(1, Math.round(original.width() * scale));
            double scaledHeight = Math.max(1, Math.round(original.height() * scale));
            x = (scaledWidth - 1) / 2.0 + dx * Math.cos(radians) - dy * Math.sin(radians);
            y = (scaledHeight - 1) / 2.0 + dx * Math.sin(radians) + dy * Math.cos(radians);
        }
        return new float[] {(float) (x / scale), (float) (y / scale)};
    }
}
