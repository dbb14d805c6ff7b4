package com.storedesk.planogram.scan;

import com.storedesk.planogram.scan.DecodePass.Binarization;
import com.storedesk.planogram.scan.DecodePass.Sighting;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the barcodes in a still photo, where there is time to look several ways and a wrong
 * product costs more than a missed one. Each pass (ZXing's try-harder search with row and with
 * local thresholds, the image enlarged by half, turned 8 degrees either way) votes for what it
 * read; a code counts when two passes agree, or once when {@code trusted} knows it (a GTIN of
 * the planogram or the catalog). Two different codes read at the same place are one barcode
 * misread: the one with more votes wins, and a tie drops both. See decision 0027 and
 * docs/performance.md for what this gains over plain ZXing. Thread-safe.
 */
public final class PhotoDecoder {

    static final List<DecodePass> PASSES = List.of(
            DecodePass.plain(Binarization.ROW, false),
            DecodePass.plain(Binarization.ROW, true),
            DecodePass.plain(Binarization.LOCAL, true),
            new DecodePass(Binarization.ROW, true, 1.5, 0),
            new DecodePass(Binarization.ROW, true, 1, 8),
            new DecodePass(Binarization.ROW, true, 1, -8));
    private static final int VOTES = 2;

    private final Predicate<ScannedCode> trusted;

    /** Codes count only when two passes agree. */
    public PhotoDecoder() {
        this(code -> false);
    }

    public PhotoDecoder(Predicate<ScannedCode> trusted) {
        this.trusted = trusted;
    }

    public List<ScannedCode> decode(BufferedImage image) {
        return decode(GrayImage.of(image));
    }

    /** The confirmed codes, from left to right (then top to bottom). */
    public List<ScannedCode> decode(GrayImage image) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (DecodePass pass : PASSES) {
            Map<String, Sighting> seen = new LinkedHashMap<>();
            for (Sighting sighting : pass.decode(image)) {
                seen.putIfAbsent(key(sighting.code()), sighting);
            }
            seen.forEach((key, sighting) -> candidates.computeIfAbsent(key, k -> new Candidate(sighting)).votes++);
        }
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            if (candidate.votes >= VOTES || trusted.test(candidate.first.code())) {
                accepted.add(candidate);
            }
        }
        List<ScannedCode> codes = new ArrayList<>();
        for (Candidate candidate : accepted) {
            if (winsItsPlace(candidate, candidates.values())) {
                codes.add(candidate.first.code());
            }
        }
        codes.sort(Comparator.comparingDouble(ScannedCode::x).thenComparingDouble(ScannedCode::y));
        return codes;
    }

    /** No other code read at the same place has as many votes. */
    private static boolean winsItsPlace(Candidate candidate, Iterable<Candidate> all) {
        for (Candidate other : all) {
            if (other != candidate && other.first.overlaps(candidate.first) && other.votes >= candidate.votes) {
                return false;
            }
        }
        return true;
    }

    private static String key(ScannedCode code) {
        return code.symbology() + ":" + code.text();
    }

    private static final class Candidate {
        final Sighting first;
        int votes;

        Candidate(Sighting first) {
            this.first = first;
        }
    }
}
