package com.storedesk.planogram.scan;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.oned.MultiFormatOneDReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every barcode along evenly spaced rows of a frame: after each read the row is blanked up
 * to the barcode's end and read again, so a row across five labels gives five codes in one go
 * (ZXing's own multi-reader crops and searches again, which misses labels side by side). A code
 * counts only when {@link #AGREEING_ROWS} rows read it, so one row through a smudge reads nothing
 * wrong. Stateless and thread-safe.
 */
final class RowScanner {

    static final int AGREEING_ROWS = 2;
    private static final int ROWS = 48;
    /** Pixels skipped after a failed read; narrower than the quiet zone of a barcode a camera can read. */
    private static final int SKIP = 24;
    private static final int MIN_BARCODE = 60;

    List<DecodePass.Sighting> scan(GrayImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new GlobalHistogramBinarizer(image.source()));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, Symbology.formats());
        MultiFormatOneDReader reader = new MultiFormatOneDReader(hints);
        Map<String, List<Result>> reads = new LinkedHashMap<>();
        int height = image.height();
        int width = image.width();
        BitArray row = new BitArray(width);
        for (int i = 0; i < ROWS; i++) {
            int y = (int) ((i + 0.5) * height / ROWS);
            try {
                row = bitmap.getBlackRow(y, row);
            } catch (NotFoundException e) {
                continue;
            }
            BitArray rest = row;
            int start = 0;
            while (start < width - MIN_BARCODE) {
                int end;
                try {
                    Result result = reader.decodeRow(y, rest, hints);
                    reads.computeIfAbsent(result.getBarcodeFormat() + ":" + result.getText(), k -> new ArrayList<>())
                            .add(result);
                    end = Math.max(rightEnd(result), start + 1);
                } catch (ReaderException e) {
                    // A false start (a label's edge, a price) hides what follows: skip past it and look again.
                    int firstBar = rest.getNextSet(start);
                    end = firstBar >= width ? width : firstBar + SKIP;
                }
                start = end;
                rest = blankedBefore(rest, start);
            }
        }
        List<DecodePass.Sighting> sightings = new ArrayList<>();
        for (List<Result> same : reads.values()) {
            if (same.size() >= AGREEING_ROWS) {
                Result first = same.get(0);
                Symbology symbology = Symbology.of(first.getBarcodeFormat()).orElse(null);
                if (symbology != null) {
                    ResultPoint[] points = first.getResultPoints();
                    float x = (points[0].getX() + points[points.length - 1].getX()) / 2;
                    float half = Math.abs(points[points.length - 1].getX() - points[0].getX()) / 2;
                    sightings.add(new DecodePass.Sighting(new ScannedCode(symbology, first.getText(), x,
                            points[0].getY()), half));
                }
            }
        }
        return sightings;
    }

    private static int rightEnd(Result result) {
        ResultPoint[] points = result.getResultPoints();
        if (points == null || points.length == 0) {
            return -1;
        }
        float end = 0;
        for (ResultPoint point : points) {
            end = Math.max(end, point.getX());
        }
        return (int) Math.ceil(end);
    }

    /** The row with every module before {@code end} white, so the next read starts after it. */
    private static BitArray blankedBefore(BitArray row, int end) {
        BitArray copy = new BitArray(row.getSize());
        if (end >= row.getSize()) {
            return copy;
        }
        for (int x = row.getNextSet(end); x < row.getSize(); x = row.getNextSet(x + 1)) {
            copy.set(x);
        }
        return copy;
    }
}
