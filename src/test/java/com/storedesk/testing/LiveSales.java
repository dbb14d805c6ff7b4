package com.storedesk.testing;

import com.storedesk.app.AppContext;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.data.StoreSummary;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/** Sales as a live POS would deliver them, for screen tests that watch a new sale arrive. */
public final class LiveSales {

    /** What {@link #sale} rings up, in minor units. */
    public static final long AMOUNT_MINOR = 1250;

    private LiveSales() {
    }

    /** A $12.50 cash sale of one {@code product}, no customer. */
    public static SaleRecorded sale(StoreSummary store, String id, Instant at, String product) {
        return new SaleRecorded(store.source(), id, store.externalId(), null, null, null, at, at, SaleStatus.COMPLETED,
                null, null, null, store.currency(), 0,
                List.of(new SaleRecorded.Line(1, product, BigDecimal.ONE, AMOUNT_MINOR, 0, null)),
                List.of(new SaleRecorded.Tender(TenderType.CASH, AMOUNT_MINOR, null)), List.of());
    }

    /** The POS id of some product in the database. */
    public static String anyProductId(AppContext context) throws SQLException {
        try (Connection connection = context.database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT external_id FROM product ORDER BY id")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
