package com.storedesk.insight.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pair counts: the measures on a small example, and a large catalog's sparse counters agreeing with the dense ones. */
class CoOccurrenceTest {

    @Test
    void supportConfidenceAndLiftOfAPair() {
        CoOccurrence pairs = new CoOccurrence(3);
        pairs.add(new int[] {0, 1});
        pairs.add(new int[] {0, 1, 2});
        pairs.add(new int[] {0});
        pairs.add(new int[] {2});

        assertThat(pairs.baskets()).isEqualTo(4);
        assertThat(pairs.count(0, 1)).isEqualTo(2).isEqualTo(pairs.count(1, 0));
        assertThat(pairs.count(1, 1)).isZero();
        assertThat(pairs.support(0, 1)).isEqualTo(0.5);
        assertThat(pairs.confidence(0, 1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(pairs.confidence(1, 0)).isEqualTo(1.0);
        assertThat(pairs.lift(1, 0)).isCloseTo(1.0 / 0.75, within(1e-12));
        assertThat(new CoOccurrence(3).lift(0, 1)).as("no baskets yet").isZero();
    }

    @Test
    void aCatalogTooLargeForTheTriangleCountsTheSame() {
        int items = CoOccurrence.DENSE_LIMIT + 500;
        CoOccurrence sparse = new CoOccurrence(items);
        CoOccurrence dense = new CoOccurrence(CoOccurrence.DENSE_LIMIT);
        SplittableRandom random = new SplittableRandom(7);
        for (int b = 0; b < 20_000; b++) {
            // Items below the dense limit, so both can take the same baskets; the sparse one grows its table.
            int[] basket = IntStream.generate(() -> random.nextInt(300) * 13 % CoOccurrence.DENSE_LIMIT)
                    .limit(1 + random.nextInt(6)).distinct().toArray();
            sparse.add(basket);
            dense.add(basket);
        }
        long together = 0;
        for (int a = 0; a < CoOccurrence.DENSE_LIMIT; a += 13) {
            for (int b = a + 13; b < CoOccurrence.DENSE_LIMIT; b += 13 * 7) {
                assertThat(sparse.count(a, b)).as("%d, %d", a, b).isEqualTo(dense.count(a, b));
                together += dense.count(a, b);
            }
        }
        assertThat(together).as("pairs were compared, not only zeros").isGreaterThan(1_000);
        assertThat(sparse.count(items - 1, items - 2)).isZero();
    }
}
