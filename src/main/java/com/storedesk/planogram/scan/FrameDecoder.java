package com.storedesk.planogram.scan;

import com.storedesk.planogram.scan.DecodePass.Sighting;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the barcodes in one camera frame, fast enough to keep up with a webcam: one search
 * with row thresholds and, only when that finds nothing, one with local thresholds. A frame's
 * reads are not confirmed here; a scan confirms a code when consecutive frames agree. Stateless
 * and thread-safe: several threads may decode frames with one instance.
 */
public final class FrameDecoder {

    private static final RowScanner ROWS = new RowScanner();

    public List<ScannedCode> decode(BufferedImage frame) {
        return decode(GrayImage.of(frame));
    }

    /** The codes in the frame from left to right; the same code read twice is listed once. */
    public List<ScannedCode> decode(GrayImage frame) {
        List<Sighting> sightings = ROWS.scan(frame);
        List<ScannedCode> codes = new ArrayList<>();
        for (Sighting sighting : sightings) {
            if (codes.stream().noneMatch(code -> code.sameCode(sighting.code()))) {
                codes.add(sighting.code());
            }
        }
        codes.sort(Comparator.comparingDouble(ScannedCode::x));
        return codes;
    }
}
