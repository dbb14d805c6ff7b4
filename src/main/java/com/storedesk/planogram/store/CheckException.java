package com.storedesk.planogram.store;

import com.storedesk.planogram.match.Correction;
import java.math.BigDecimal;

/**
 * One thing to do after a check, kept as facts so that every reader sees it in their language.
 *
 * @param shelf where the product belongs (MOVE, FILL, SURPLUS) or where the code was scanned (REMOVE)
 * @param fromShelf where a moved or surplus product was scanned, else null
 * @param hint for FILL: refill or reorder, null when the stock is not known
 * @param onHand for FILL: the store's stock when known, else null
 */
public record CheckException(Kind kind, String sku, String code, int shelf, int position, Integer fromShelf,
        Integer fromPosition, FillHint hint, BigDecimal onHand) {

    public enum Kind {
        MOVE, FILL, REMOVE, SURPLUS
    }

    /** The exception for {@code correction}; {@code onHand} (null when unknown) only matters to a fill. */
    public static CheckException of(Correction correction, BigDecimal onHand) {
        if (correction instanceof Correction.Move move) {
            return new CheckException(Kind.MOVE, move.to().sku(), null, move.to().shelf(), move.to().position(),
                    move.from().shelf(), move.from().position(), null, null);
        }
        if (correction instanceof Correction.Fill fill) {
            FillHint hint = onHand == null ? null : onHand.signum() > 0 ? FillHint.REFILL : FillHint.REORDER;
            return new CheckException(Kind.FILL, fill.position().sku(), null, fill.position().shelf(),
                    fill.position().position(), null, null, hint, onHand);
        }
        if (correction instanceof Correction.Remove remove) {
            return new CheckException(Kind.REMOVE, null, remove.code().code(), remove.code().at().shelf(),
                    remove.code().at().position(), null, null, null, null);
        }
        Correction.RemoveSurplus surplus = (Correction.RemoveSurplus) correction;
        return new CheckException(Kind.SURPLUS, surplus.item().belongsAt().sku(), null,
                surplus.item().belongsAt().shelf(), surplus.item().belongsAt().position(), surplus.item().at().shelf(),
                surplus.item().at().position(), null, null);
    }
}
