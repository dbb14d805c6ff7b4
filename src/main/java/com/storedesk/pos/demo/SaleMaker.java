package com.storedesk.pos.demo;

import com.storedesk.core.DiscountType;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.event.SaleRecorded;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a shopper at the till into a sale: their basket as far as the shelf allows, automatic
 * promotion discounts, now and then a discount the cashier gives, tax, and payment. History and
 * live mode ring up sales the same way.
 */
final class SaleMaker {

    static final double VOID_RATE = 0.005;
    static final long MIN_WEIGHED_MILLI = 100;

    private static final List<String> VOID_REASONS =
            List.of("Customer changed mind", "Wrong item scanned", "Price dispute", "Duplicate transaction");
    private static final List<String> LINE_DISCOUNT_NAMES =
            List.of("Price match", "Damaged packaging", "Customer goodwill");
    private static final List<String> SALE_DISCOUNT_NAMES = List.of("Loyalty thank-you", "Customer goodwill");
    private static final long[] LINE_AMOUNTS = {200, 300, 500};
    private static final long SALE_AMOUNT = 500;
    static final String CLEARANCE = "Clearance";
    private static final long SALE_AMOUNT_THRESHOLD = 2500;

    /**
     * One shopper at the till.
     *
     * @param emit whether to build the events (history warm-up only needs the sale's effect on stock)
     */
    record Request(String saleId, DemoStore store, Instant at, int localHour, List<Promotion> promotions,
            Checkout checkout, boolean cashOnly, Shelf shelf, boolean emit, SplittableRandom random) {
    }

    private final Customers customers;
    private final BasketBuilder baskets;

    SaleMaker(Customers customers, BasketBuilder baskets) {
        this.customers = customers;
        this.baskets = baskets;
    }

    /** The sale, or null when nothing the shopper wanted was on the shelf. */
    MadeSale make(Request request) {
        SplittableRandom random = request.random();
        DemoStore store = request.store();
        DemoCustomer customer = random.nextDouble() < store.profile().loyaltyShare()
                ? customers.pick(random, store.index()) : null;
        List<BasketBuilder.Pick> picks =
                baskets.propose(random, store.profile(), customer, request.localHour(), request.promotions());
        boolean voided = random.nextDouble() < VOID_RATE;
        List<BasketBuilder.Pick> lines = takeFromShelf(picks, request.shelf(), voided);
        if (lines.isEmpty()) {
            return null;
        }
        Pricing pricing = new Pricing(lines, request.shelf(), request.at());
        List<SaleRecorded.Discount> discounts = new ArrayList<>();
        applyPromotions(pricing, request.promotions(), discounts);
        applyClearance(pricing, request.shelf(), request.at(), discounts);
        DemoEmployee cashier = request.checkout().cashier();
        if (random.nextDouble() < discountRate(cashier)) {
            applyManualDiscount(random, pricing, cashier, discounts);
        }
        long net = pricing.net();
        long tax = store.taxOn(net);
        List<SaleRecorded.Tender> tenders = Tenders.pay(random, store.profile().tenders(), net + tax, request.cashOnly());
        Instant voidedAt = request.at().plusSeconds(60 + random.nextInt(840));
        boolean voidLater = random.nextBoolean();
        String voidReason = Draws.oneOf(random, VOID_REASONS);
        List<SoldLine> sold = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            sold.add(new SoldLine(i + 1, lines.get(i).product(), lines.get(i).quantityMilli(), pricing.lineNet(i)));
        }
        List<SaleRecorded> versions = List.of();
        if (request.emit()) {
            SaleRecorded completed = new SaleRecorded(DemoChain.SOURCE, request.saleId(), store.externalId(),
                    store.registerId(request.checkout().register()), cashier.externalId(),
                    customer == null ? null : customer.externalId(), request.at(), request.at(), SaleStatus.COMPLETED,
                    null, null, null, DemoChain.USD, tax, pricing.toLines(), tenders, discounts);
            if (!voided) {
                versions = List.of(completed);
            } else {
                SaleRecorded voidVersion = new SaleRecorded(DemoChain.SOURCE, request.saleId(), store.externalId(),
                        completed.registerExternalId(), completed.cashierExternalId(),
                        completed.customerExternalId(), request.at(), voidedAt, SaleStatus.VOIDED, voidedAt,
                        request.checkout().supervisor().externalId(), voidReason, DemoChain.USD, tax,
                        completed.lines(), tenders, discounts);
                versions = voidLater ? List.of(completed, voidVersion) : List.of(voidVersion);
            }
        }
        return new MadeSale(request.saleId(), request.at(), voided, voided ? voidedAt : null, versions, sold);
    }

    /** What the shelf gives of each pick; a voided sale never leaves the store, so takes nothing. */
    private static List<BasketBuilder.Pick> takeFromShelf(List<BasketBuilder.Pick> picks, Shelf shelf, boolean voided) {
        List<BasketBuilder.Pick> lines = new ArrayList<>(picks.size());
        for (BasketBuilder.Pick pick : picks) {
            DemoProduct product = pick.product();
            long available = shelf.available(product.index());
            long quantity = pick.quantityMilli();
            if (quantity > available) {
                quantity = product.weighed()
                        ? (available >= MIN_WEIGHED_MILLI ? available : 0)
                        : available / DemoProduct.UNIT * DemoProduct.UNIT;
            }
            if (quantity <= 0) {
                continue;
            }
            if (!voided) {
                shelf.take(product.index(), quantity);
            }
            lines.add(new BasketBuilder.Pick(product, quantity));
        }
        return lines;
    }

    private static void applyPromotions(Pricing pricing, List<Promotion> promotions, List<SaleRecorded.Discount> out) {
        if (promotions.isEmpty()) {
            return;
        }
        for (int i = 0; i < pricing.size(); i++) {
            Promotion best = null;
            for (Promotion promotion : promotions) {
                if (promotion.appliesTo(pricing.product(i)) && (best == null || promotion.percent() > best.percent())) {
                    best = promotion;
                }
            }
            if (best != null) {
                long amount = percentOf(pricing.gross(i), best.percent());
                pricing.discountLine(i, amount);
                out.add(new SaleRecorded.Discount(best.name(), DiscountType.PERCENT, BigDecimal.valueOf(best.percent()),
                        amount, i + 1, null));
            }
        }
    }

    /** Clearance discounts an approved action put on products, on each unit sold while they last. */
    private static void applyClearance(Pricing pricing, Shelf shelf, Instant at, List<SaleRecorded.Discount> out) {
        for (int i = 0; i < pricing.size(); i++) {
            BigDecimal percent = shelf.clearancePercent(pricing.product(i), at);
            if (percent != null) {
                long amount = percent.multiply(BigDecimal.valueOf(pricing.lineNet(i)))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
                pricing.discountLine(i, amount);
                out.add(new SaleRecorded.Discount(CLEARANCE, DiscountType.PERCENT, percent, amount, i + 1, null));
            }
        }
    }

    private static double discountRate(DemoEmployee cashier) {
        return cashier.discountHappy() ? DemoAnomalies.HAPPY_DISCOUNT_RATE : DemoAnomalies.PEER_DISCOUNT_RATE;
    }

    /** Line or whole-sale, percent or amount; the anomalous cashier prefers deep whole-sale percentages. */
    private static void applyManualDiscount(SplittableRandom random, Pricing pricing, DemoEmployee cashier,
            List<SaleRecorded.Discount> out) {
        boolean happy = cashier.discountHappy();
        int percent = Draws.oneOf(random, happy ? DemoAnomalies.HAPPY_PERCENTS : DemoAnomalies.PEER_PERCENTS);
        double kind = random.nextDouble();
        String lineName = Draws.oneOf(random, LINE_DISCOUNT_NAMES);
        String saleName = Draws.oneOf(random, SALE_DISCOUNT_NAMES);
        int line = pricing.bestLineWithoutDiscount();
        String by = cashier.externalId();
        if (happy ? kind < 0.30 : kind < 0.40) {
            long amount = percentOf(pricing.lineNet(line), percent);
            pricing.discountLine(line, amount);
            out.add(new SaleRecorded.Discount(lineName, DiscountType.PERCENT, BigDecimal.valueOf(percent), amount,
                    line + 1, by));
        } else if (!happy && kind < 0.55) {
            long amount = Math.min(LINE_AMOUNTS[random.nextInt(LINE_AMOUNTS.length)], pricing.lineNet(line) / 2);
            pricing.discountLine(line, amount);
            out.add(new SaleRecorded.Discount(lineName, DiscountType.AMOUNT, null, amount, line + 1, by));
        } else if (happy || kind < 0.90 || pricing.net() < SALE_AMOUNT_THRESHOLD) {
            long amount = percentOf(pricing.net(), percent);
            pricing.discountSale(amount);
            out.add(new SaleRecorded.Discount(saleName, DiscountType.PERCENT, BigDecimal.valueOf(percent), amount,
                    null, by));
        } else {
            pricing.discountSale(SALE_AMOUNT);
            out.add(new SaleRecorded.Discount("Five dollars off", DiscountType.AMOUNT, null, SALE_AMOUNT, null, by));
        }
    }

    /** Percent of an amount, rounded half up to the cent. */
    private static long percentOf(long amount, int percent) {
        return (amount * percent + 50) / 100;
    }
}
