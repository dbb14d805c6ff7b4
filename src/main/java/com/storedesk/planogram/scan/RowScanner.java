package com.storedesk.planogram.scan;

import com.google.zxing.BarcodeFormat;
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
    private static final int QUIET_MODULES = 5;

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
                    if (isShort(result.getBarcodeFormat()) && !quietAround(row, result)) {
                        throw NotFoundException.getNotFoundInstance();
                    }
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
        List<Integer> rows = new ArrayList<>();
        for (List<Result> same : reads.values()) {
            if (same.size() >= AGREEING_ROWS) {
                Result first = same.get(0);
                Symbology symbology = Symbology.of(first.getBarcodeFormat()).orElse(null);
                if (symbology != null) {
                    ResultPoint[] points = first.getResultPoints();
                    float x = (points[0].getX() + points[points.length - 1].getX()) / 2;
                    float half = Math.abs(points[points.length - 1].getX() - points[0].getX()) / 2;
                    String text = symbology.text(first.getText());
                    sightings.add(new DecodePass.Sighting(new ScannedCode(symbology, text, x, points[0].getY()), half));
                    rows.add(same.size());
                }
            }
        }
        return winnersOfTheirPlace(sightings, rows);
    }

    /**
     * Two codes read at one place are one barcode, part of it misread (an EAN-8 inside an EAN-13's
     * halves): the code more rows read stays, and a tie drops both.
     */
    private static List<DecodePass.Sighting> winnersOfTheirPlace(List<DecodePass.Sighting> sightings,
            List<Integer> rows) {
        List<DecodePass.Sighting> winners = new ArrayList<>();
        for (int i = 0; i < sightings.size(); i++) {
            boolean wins = true;
            for (int j = 0; j < sightings.size(); j++) {
                if (i != j && sightings.get(i).overlaps(sightings.get(j)) && rows.get(j) >= rows.get(i)) {
                    wins = false;
                }
            }
            if (wins) {
                winners.add(sightings.get(i));
            }
        }
        return winners;
    }

    /** The short codes a part of a longer barcode can pass for. */
    private static boolean isShort(BarcodeFormat format) {
        return format == BarcodeFormat.EAN_8 || format == BarcodeFormat.UPC_E;
    }

    /**
     * Whether an EAN-8 or a UPC-E has the white margins it is printed with. ZXing asks for three
     * modules; the right half of an EAN-13, from its centre guard on, also reads as an EAN-8 with
     * those, but not with five modules of white before it.
     */
    static boolean quietAround(BitArray row, Result result) {
        ResultPoint[] points = result.getResultPoints();
        if (points == null || points.length < 2) {
            return false;
        }
        float left = Math.min(points[0].getX(), points[points.length - 1].getX());
        float right = Math.max(points[0].getX(), points[points.length - 1].getX());
        // The points are the middles of the start and end guards: an EAN-8's are 64 modules apart and
        // its end guard is 3 wide; a UPC-E's are 46.5 apart and its end guard is 6 wide.
        boolean upcE = result.getBarcodeFormat() == BarcodeFormat.UPC_E;
        float module = (right - left) / (upcE ? 46.5f : 64);
        int before = (int) Math.floor(left - 1.5f * module);
        int after = (int) Math.ceil(right + (upcE ? 3 : 1.5f) * module);
        int margin = Math.round(QUIET_MODULES * module);
        return before - margin >= 0 && after + margin < row.getSize()
                && row.isRange(before - margin, before - 1, false) && row.isRange(after + 1, after + margin, false);
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
