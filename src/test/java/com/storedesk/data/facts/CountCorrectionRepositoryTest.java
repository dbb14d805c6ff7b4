package com.storedesk.data.facts;

import static com.storedesk.data.facts.FactsDatabase.NEW_YORK;
import static com.storedesk.data.facts.FactsDatabase.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.MovementType;
import com.storedesk.data.Database;
import com.storedesk.data.entity.Employee;
import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.StockLevel;
import com.storedesk.data.entity.Store;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The level a count found, replayed from the latest level whether that came after the count or before it. */
class CountCorrectionRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 18);

    private final Database database = FactsDatabase.openH2();
    private long storeId;
    private long laterProduct;
    private long earlierProduct;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theCountedLevelIsReplayedFromALaterOrAnEarlierLevel() {
        database.writeVoid(session -> {
            Store store = FactsDatabase.store(session, "S1");
            Employee cashier = FactsDatabase.employee(session, store, "Cashier", "CASHIER");
            // Counted 3 short at 08:00, then 10 received and 2 sold: 13 at the evening count, so 5 were found.
            Product later = FactsDatabase.product(session, "P-1", "Later");
            FactsDatabase.movement(session, store, later, at(DAY, 8, 0), MovementType.COUNT, "-3");
            FactsDatabase.movement(session, store, later, at(DAY, 9, 0), MovementType.RECEIPT, "10");
            FactsDatabase.sale(session, store, cashier, later, DAY, 500);
            FactsDatabase.sale(session, store, cashier, later, DAY, 500);
            level(session, store, later, "13", at(DAY, 21, 0));
            // 7 the evening before, 1 sold, then a count 2 short at 20:00: 4 were found.
            Product earlier = FactsDatabase.product(session, "P-2", "Earlier");
            level(session, store, earlier, "7", at(DAY.minusDays(1), 21, 0));
            FactsDatabase.sale(session, store, cashier, earlier, DAY, 500);
            FactsDatabase.movement(session, store, earlier, at(DAY, 20, 0), MovementType.COUNT, "-2");
            storeId = store.getId();
            laterProduct = later.getId();
            earlierProduct = earlier.getId();
        });

        List<CountCorrection> corrections = new CountCorrectionRepository(database).corrections(storeId, NEW_YORK,
                at(DAY, 0, 0), at(DAY.plusDays(1), 0, 0));

        assertThat(corrections).extracting(CountCorrection::productId).containsExactly(laterProduct, earlierProduct);
        assertThat(corrections.get(0).countedLevel()).isEqualByComparingTo("5");
        assertThat(corrections.get(0).expectedLevel()).isEqualByComparingTo("8");
        assertThat(corrections.get(1).countedLevel()).isEqualByComparingTo("4");
        assertThat(corrections.get(1).expectedLevel()).isEqualByComparingTo("6");
        assertThat(new CountCorrectionRepository(database).corrections(storeId, NEW_YORK, at(DAY, 21, 0),
                at(DAY.plusDays(1), 0, 0))).as("outside the window").isEmpty();
    }

    private static void level(org.hibernate.Session session, Store store, Product product, String onHand,
            Instant countedAt) {
        StockLevel level = new StockLevel(FactsDatabase.SOURCE, FactsDatabase.id(), store, product,
                new BigDecimal(onHand));
        level.setCountedAt(countedAt);
        level.setUpdatedAt(countedAt);
        session.persist(level);
    }
}
