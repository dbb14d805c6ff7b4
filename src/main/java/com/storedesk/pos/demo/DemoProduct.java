package com.storedesk.pos.demo;

import com.storedesk.core.event.ProductUpserted;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;

/**
 * A catalog item of the demo chain.
 *
 * @param index position in the catalog, 0-based; stock arrays are indexed by it
 * @param weighed sold by the pound; quantities are then in thousandths of a pound
 * @param priceMinor shelf price of one unit (or one pound)
 * @param tags what shoppers buy it with, e.g. "mug", "cracker" (see {@link Affinities})
 * @param popularity relative pull within its category
 */
record DemoProduct(int index, String sku, String gtin, String name, DemoCategory category, boolean weighed,
        long priceMinor, long costMinor, Integer shelfLifeDays, Set<String> tags, double popularity) {

    /** Quantities are tracked as thousandths of a unit (or pound), so weighed goods need no floating point. */
    static final long UNIT = 1000;

    String externalId() {
        return "prod-" + sku;
    }

    String unitOfMeasure() {
        return weighed ? "LB" : "EACH";
    }

    /** Price times quantity, rounded half-even to the cent like {@code SaleRecorded.Line#grossMinor()}. */
    long grossMinor(long quantityMilli) {
        return grossMinor(quantityMilli, priceMinor);
    }

    /** The same at another unit price. */
    static long grossMinor(long quantityMilli, long priceMinor) {
        long product = quantityMilli * priceMinor;
        long whole = product / UNIT;
        long rest = product % UNIT;
        if (rest > UNIT / 2 || rest == UNIT / 2 && whole % 2 != 0) {
            whole++;
        }
        return whole;
    }

    ProductUpserted toEvent(String source, Currency currency) {
        return new ProductUpserted(source, externalId(), sku, gtin, name, category.displayName(), unitOfMeasure(),
                costMinor, priceMinor, currency, category.perishable(), shelfLifeDays, true);
    }

    static BigDecimal quantity(long milli) {
        return milli % UNIT == 0 ? BigDecimal.valueOf(milli / UNIT) : BigDecimal.valueOf(milli, 3);
    }
}
