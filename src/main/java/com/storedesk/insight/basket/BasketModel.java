package com.storedesk.insight.basket;

import com.storedesk.data.facts.BasketFactsRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The chain's {@link BasketStats}, built in one pass over the sales history on first use and again
 * when older than {@link #MAX_AGE}: affinities move slowly, and a pass over months of sales takes
 * seconds, not something to repeat for every customer an associate looks up. Blocking.
 */
final class BasketModel {

    static final Duration MAX_AGE = Duration.ofMinutes(30);

    private final BasketFactsRepository facts;
    private final Clock clock;
    private BasketStats stats;
    private Instant builtAt;

    BasketModel(BasketFactsRepository facts, Clock clock) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The statistics, rebuilt first when they are missing or too old. */
    synchronized BasketStats current() {
        Instant now = clock.instant();
        if (stats == null || now.isAfter(builtAt.plus(MAX_AGE))) {
            rebuild(now);
        }
        return stats;
    }

    /** The statistics rebuilt now: a product newer than the model appeared. */
    synchronized BasketStats rebuilt() {
        rebuild(clock.instant());
        return stats;
    }

    private void rebuild(Instant now) {
        BasketStats fresh = new BasketStats(facts.catalog());
        facts.forEachBasket(fresh::add);
        stats = fresh;
        builtAt = now;
    }
}
