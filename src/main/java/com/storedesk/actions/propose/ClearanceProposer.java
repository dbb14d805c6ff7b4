package com.storedesk.actions.propose;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Evidence.NamedFigure;
import com.storedesk.actions.Figure;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.ProductFacts;
import com.storedesk.data.facts.ProductFactsRepository;
import com.storedesk.data.facts.StockFacts;
import com.storedesk.data.facts.StockFactsRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inventory clearance trigger: a product whose stock covers far more days than it sells gets a
 * small discount on its next sales, enough to move it without teaching shoppers to wait for sales.
 *
 * <p>Over the {@value #WINDOW_DAYS} whole days before the moment, a non-perishable product with stock
 * on hand covering more than {@value #COVER_DAYS} days at its sales rate (or none sold at all) is
 * proposed {@value #SMALL_PERCENT} % off, {@value #LARGER_PERCENT} % beyond {@value #DEEP_COVER_DAYS}
 * days or without sales, for {@link #VALID_FOR} days. Two weeks because stores are replenished
 * weekly (the demo chain fills shelves to about a week's sales every Monday): stock for more than two
 * delivery cycles is stock the store bought too much of. Only the stock beyond those two weeks counts
 * as surplus. The discount applies to the product's next
 * sales rather than one sale (there is no sale yet to attach it to). Only surpluses worth
 * {@value #MIN_SURPLUS_VALUE} or more in the store's currency at the shelf price, and at most the
 * {@value #MAX_PER_STORE} largest per store, reach the inbox: a person looks at a few, not a list.
 * Perishables are left to {@link PerishableMarkdownProposer}.
 */
public final class ClearanceProposer implements ActionProposer {

    static final String NAME = "clearance";
    static final int WINDOW_DAYS = 28;
    static final int COVER_DAYS = 14;
    static final int DEEP_COVER_DAYS = 28;
    static final int SMALL_PERCENT = 5;
    static final int LARGER_PERCENT = 10;
    static final int MIN_SURPLUS_VALUE = 50;
    static final int MAX_PER_STORE = 10;
    static final Duration VALID_FOR = Duration.ofDays(7);

    private final StockFactsRepository stock;
    private final ProductFactsRepository products;

    public ClearanceProposer(StockFactsRepository stock, ProductFactsRepository products) {
        this.stock = stock;
        this.products = products;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Proposal> propose(StoreSummary store, Instant at) {
        SalesWindow window = SalesWindow.before(LocalDate.ofInstant(at, store.timeZone()), WINDOW_DAYS);
        return proposals(store, at, window, stock.stock(store.id(), store.timeZone(), window.first(), window.last()),
                products.stocked(store.id()).stream()
                        .collect(Collectors.toMap(ProductFacts::productId, Function.identity())));
    }

    List<Proposal> proposals(StoreSummary store, Instant at, SalesWindow window, List<StockFacts> levels,
            Map<Long, ProductFacts> catalog) {
        record Candidate(StockFacts stock, ProductFacts product, BigDecimal rate, BigDecimal cover, long surplusValue) {
        }
        long minimum = BigDecimal.valueOf(MIN_SURPLUS_VALUE).movePointRight(digits(store)).longValue();
        List<Candidate> candidates = new ArrayList<>();
        for (StockFacts level : levels) {
            ProductFacts product = catalog.get(level.productId());
            if (product == null || product.perishable() || level.onHand().signum() <= 0) {
                continue;
            }
            BigDecimal rate = window.rate(level);
            BigDecimal cover = rate.signum() == 0 ? null : level.onHand().divide(rate, 1, RoundingMode.HALF_UP);
            if (cover != null && cover.compareTo(BigDecimal.valueOf(COVER_DAYS)) <= 0) {
                continue;
            }
            BigDecimal surplus = level.onHand().subtract(rate.multiply(BigDecimal.valueOf(COVER_DAYS)));
            long surplusValue = surplus.multiply(BigDecimal.valueOf(product.priceMinor()))
                    .setScale(0, RoundingMode.HALF_UP).longValue();
            if (surplusValue >= minimum) {
                candidates.add(new Candidate(level, product, rate, cover, surplusValue));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingLong(Candidate::surplusValue).reversed()
                        .thenComparing(candidate -> candidate.product().sku()))
                .limit(MAX_PER_STORE)
                .map(c -> proposal(store, at, window, c.stock(), c.product(), c.rate(), c.cover()))
                .toList();
    }

    private static Proposal proposal(StoreSummary store, Instant at, SalesWindow window, StockFacts level,
            ProductFacts product, BigDecimal rate, BigDecimal cover) {
        boolean deep = cover == null || cover.compareTo(BigDecimal.valueOf(DEEP_COVER_DAYS)) > 0;
        ActionChange.SaleDiscount discount = new ActionChange.SaleDiscount(null, product.productId(), product.sku(),
                product.name(), BigDecimal.valueOf(deep ? LARGER_PERCENT : SMALL_PERCENT), product.priceMinor(),
                product.currency());
        Rationale rationale = cover == null
                ? Rationale.of("action.rationale.clearanceNoSales", Figure.text(product.name()),
                        Figure.quantity(level.onHand()), Figure.count(window.days()), Figure.percent(discount.percent()))
                : Rationale.of("action.rationale.clearance", Figure.text(product.name()),
                        Figure.quantity(level.onHand()), Figure.days(cover), Figure.percent(discount.percent()));
        List<NamedFigure> figures = new ArrayList<>(List.of(
                new NamedFigure("action.figure.onHand", Figure.quantity(level.onHand())),
                new NamedFigure("action.figure.unitsSold", Figure.quantity(window.units(level))),
                new NamedFigure("action.figure.dailyRate", Figure.quantity(rate.setScale(2, RoundingMode.HALF_UP)))));
        if (cover != null) {
            figures.add(new NamedFigure("action.figure.daysOfCover", Figure.days(cover)));
        }
        figures.add(new NamedFigure("action.figure.stockValue", Figure.money(level.onHand()
                .multiply(BigDecimal.valueOf(product.priceMinor())).setScale(0, RoundingMode.HALF_UP).longValue(),
                product.currency())));
        return new Proposal(store.id(), discount, rationale,
                Evidence.of(figures).withSeries("action.series.unitsPerDay", window.series(level)),
                Proposer.rule(NAME), at.plus(VALID_FOR));
    }

    private static int digits(StoreSummary store) {
        return Math.max(store.currency().getDefaultFractionDigits(), 0);
    }
}
