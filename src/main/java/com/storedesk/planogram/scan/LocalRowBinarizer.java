package com.storedesk.planogram.scan;

import com.google.zxing.Binarizer;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;

/**
 * Rows cut from ZXing's local-threshold matrix. ZXing's 1D readers ask for rows, and its
 * {@link HybridBinarizer} answers those with one threshold per row, exactly like
 * {@code GlobalHistogramBinarizer}; this one gives a 1D reader the local thresholds that help
 * where a shadow or a glare falls across part of a label. Not thread-safe, like every binarizer.
 */
final class LocalRowBinarizer extends Binarizer {

    private final HybridBinarizer hybrid;
    private BitMatrix matrix;

    LocalRowBinarizer(LuminanceSource source) {
        super(source);
        this.hybrid = new HybridBinarizer(source);
    }

    @Override
    public BitArray getBlackRow(int y, BitArray row) throws NotFoundException {
        return getBlackMatrix().getRow(y, row);
    }

    @Override
    public BitMatrix getBlackMatrix() throws NotFoundException {
        if (matrix == null) {
            matrix = hybrid.getBlackMatrix();
        }
        return matrix;
    }

    @Override
    public Binarizer createBinarizer(LuminanceSource source) {
        return new LocalRowBinarizer(source);
    }
}
