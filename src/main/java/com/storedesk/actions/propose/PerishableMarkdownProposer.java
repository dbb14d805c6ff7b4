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
 * Markdowns for perishables that will not sell before they spoil. Stock is dated by its latest
 * delivery (the newest goods; older ones, if any, spoil sooner, so this errs on the late side):
 * shelf life less the days since then is what is left. At the rate of the {@value #WINDOW_DAYS} whole
 * days before, what will not sell in that time is the surplus; a surplus of at least one unit, worth
 * {@value #MIN_SURPLUS_VALUE} or more at the shelf price, gets a markdown until the last day of its
 * shelf life:
 * <ul>
 *   <li>{@value #NEAR_EXPIRY_PERCENT} % when a quarter of the shelf life or less (at least a day) is left;</li>
 *   <li>{@value #SLOW_PERCENT} % otherwise: it sells too slowly for its shelf life.</li>
 * </ul>
 * A count older than the latest delivery does not know the delivered goods, and stock older than its
 * shelf life is waste, not a markdown: both are left alone. At most {@value #MAX_PER_STORE} per store,
 * the largest surpluses first; a proposal is valid for a day, perishables do not wait.
 */
public final class PerishableMarkdownProposer implements ActionProposer {

    static final String NAME = "perishable-markdown";
    static final int WINDOW_DAYS = 14;
    /** How far back deliveries are looked for: the longest shelf life in the demo catalog. */
    static final int LOOKBACK_DAYS = 90;
    static final int NEAR_EXPIRY_PERCENT = 30;
    static final int SLOW_PERCENT = 20;
    static final int MIN_SURPLUS_VALUE = 20;
    static final int MAX_PER_STORE = 10;
    static final Duration VALID_FOR = Duration.ofDays(1);

    private static final BigDecimal DAY_SECONDS = BigDecimal.valueOf(86_400);

    private final StockFactsRepository stock;
    private final ProductFactsRepository products;

    public PerishableMarkdownProposer(StockFactsRepository stock, ProductFactsRepository products) {
        this.stock = stock;
        this.products = products;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Proposal> propose(StoreSummary store, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, store.timeZone());
        return proposals(store, at, SalesWindow.before(today, WINDOW_DAYS),
                stock.stock(store.id(), store.timeZone(), today.minusDays(LOOKBACK_DAYS), today),
                products.stocked(store.id()).stream()
                        .collect(Collectors.toMap(ProductFacts::productId, Function.identity())));
    }

    private record Candidate(StockFacts stock, ProductFacts product, BigDecimal rate, BigDecimal age,
            BigDecimal left, BigDecimal surplus, long surplusValue) {
    }

    List<Proposal> proposals(StoreSummary store, Instant at, SalesWindow window, List<StockFacts> levels,
            Map<Long, ProductFacts> catalog) {
        long minimum = BigDecimal.valueOf(MIN_SURPLUS_VALUE)
                .movePointRight(Math.max(store.currency().getDefaultFractionDigits(), 0)).longValue();
        List<Candidate> candidates = new ArrayList<>();
        for (StockFacts level : levels) {
            ProductFacts product = catalog.get(level.productId());
            Instant delivered = level.lastIncomingAt();
            if (product == null || !product.perishable() || product.shelfLifeDays() == null
                    || level.onHand().signum() <= 0 || delivered == null || delivered.isAfter(at)
                    || level.countedAt() != null && delivered.isAfter(level.countedAt())) {
                continue;
            }
            BigDecimal age = BigDecimal.valueOf(Duration.between(delivered, at).toSeconds())
                    .divide(DAY_SECONDS, 1, RoundingMode.DOWN);
            BigDecimal left = BigDecimal.valueOf(product.shelfLifeDays()).subtract(age);
            if (left.signum() <= 0) {
                continue;
            }
            BigDecimal rate = window.rate(level);
            BigDecimal surplus = level.onHand().subtract(rate.multiply(left)).setScale(1, RoundingMode.DOWN);
            long surplusValue = surplus.multiply(BigDecimal.valueOf(product.priceMinor()))
                    .setScale(0, RoundingMode.HALF_UP).longValue();
            if (surplus.compareTo(BigDecimal.ONE) >= 0 && surplusValue >= minimum) {
                candidates.add(new Candidate(level, product, rate, age, left, surplus, surplusValue));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingLong(Candidate::surplusValue).reversed()
                        .thenComparing(candidate -> candidate.product().sku()))
                .limit(MAX_PER_STORE)
                .map(candidate -> proposal(store, at, window, candidate))
                .toList();
    }

    private static Proposal proposal(StoreSummary store, Instant at, SalesWindow window, Candidate c) {
        ProductFacts product = c.product();
        int shelfLife = product.shelfLifeDays();
        boolean nearExpiry = c.left().compareTo(BigDecimal.valueOf(Math.max(1.0, shelfLife / 4.0))) <= 0;
        int percent = nearExpiry ? NEAR_EXPIRY_PERCENT : SLOW_PERCENT;
        long to = BigDecimal.valueOf(product.priceMinor()).multiply(BigDecimal.valueOf(100 - percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue();
        LocalDate lastDay = LocalDate.ofInstant(c.stock().lastIncomingAt(), store.timeZone()).plusDays(shelfLife - 1);
        LocalDate today = LocalDate.ofInstant(at, store.timeZone());
        ActionChange.Markdown markdown = new ActionChange.Markdown(product.productId(), product.sku(), product.name(),
                product.priceMinor(), to, product.currency(), lastDay.isBefore(today) ? today : lastDay);
        BigDecimal onHand = c.stock().onHand();
        BigDecimal rate = c.rate().setScale(2, RoundingMode.HALF_UP);
        Rationale rationale = nearExpiry
                ? Rationale.of("action.rationale.nearExpiry", Figure.text(product.name()), Figure.quantity(onHand),
                        Figure.days(c.left()), Figure.quantity(onHand.subtract(c.surplus())), Figure.percent(
                                BigDecimal.valueOf(percent)))
                : Rationale.of("action.rationale.slowPerishable", Figure.text(product.name()), Figure.quantity(rate),
                        Figure.quantity(onHand), Figure.days(c.left()), Figure.percent(BigDecimal.valueOf(percent)));
        List<NamedFigure> figures = List.of(
                new NamedFigure("action.figure.onHand", Figure.quantity(onHand)),
                new NamedFigure("action.figure.dailyRate", Figure.quantity(rate)),
                new NamedFigure("action.figure.shelfLife", Figure.days(BigDecimal.valueOf(shelfLife))),
                new NamedFigure("action.figure.stockAge", Figure.days(c.age())),
                new NamedFigure("action.figure.daysLeft", Figure.days(c.left())),
                new NamedFigure("action.figure.surplus", Figure.quantity(c.surplus())),
                new NamedFigure("action.figure.surplusValue", Figure.money(c.surplusValue(), product.currency())));
        return new Proposal(store.id(), markdown, rationale,
                Evidence.of(figures).withSeries("action.series.unitsPerDay", window.series(c.stock())),
                Proposer.rule(NAME), at.plus(VALID_FOR));
    }
}
