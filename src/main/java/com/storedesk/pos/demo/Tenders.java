package com.storedesk.pos.demo;

import com.storedesk.core.TenderType;
import com.storedesk.core.event.SaleRecorded;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a shopper pays: by the store's mix of card, cash, mobile wallet and gift card, now and then
 * part by gift card or cash and the rest by card. On the day the card terminals are down, cash
 * (or a gift card).
 */
final class Tenders {

    private static final double[] BRAND_CUMULATIVE = Draws.cumulative(new double[] {0.50, 0.30, 0.15, 0.05});
    private static final List<String> BRANDS = List.of("Visa", "Mastercard", "American Express", "Discover");
    /** Split payments only for totals of at least this, and leave at least a dollar for the card. */
    private static final long MIN_SPLIT_TOTAL = 1000;

    private Tenders() {
    }

    static List<SaleRecorded.Tender> pay(SplittableRandom random, StoreProfile.TenderMix mix, long total,
            boolean cashOnly) {
        double draw = random.nextDouble();
        String brand = BRANDS.get(Draws.pick(random, BRAND_CUMULATIVE));
        if (cashOnly) {
            return List.of(new SaleRecorded.Tender(draw < 0.9 ? TenderType.CASH : TenderType.GIFT_CARD, total, null));
        }
        if (total >= MIN_SPLIT_TOTAL && random.nextDouble() < mix.split()) {
            boolean giftCardFirst = random.nextDouble() < 0.6;
            long first = Math.min(total - 100, giftCardFirst ? 1000 + 500L * random.nextInt(9) : 2000);
            return List.of(new SaleRecorded.Tender(giftCardFirst ? TenderType.GIFT_CARD : TenderType.CASH, first, null),
                    new SaleRecorded.Tender(TenderType.CARD, total - first, brand));
        }
        double scaled = draw * (mix.card() + mix.cash() + mix.mobile() + mix.giftCard());
        if (scaled < mix.card()) {
            return List.of(new SaleRecorded.Tender(TenderType.CARD, total, brand));
        }
        if (scaled < mix.card() + mix.cash()) {
            return List.of(new SaleRecorded.Tender(TenderType.CASH, total, null));
        }
        if (scaled < mix.card() + mix.cash() + mix.mobile()) {
            return List.of(new SaleRecorded.Tender(TenderType.MOBILE, total, brand));
        }
        return List.of(new SaleRecorded.Tender(TenderType.GIFT_CARD, total, null));
    }
}
