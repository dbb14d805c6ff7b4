package com.storedesk.data.ingest;

import com.storedesk.core.event.CustomerUpserted;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Customers. Their personal data is compared with the stored row only to decide whether to write;
 * it never leaves this class in a message.
 */
public final class CustomerWrites {

    private static final SourcedRows CUSTOMERS = new SourcedRows("customer", true, List.of(
            Column.text("loyalty_id"), Column.text("first_name"), Column.text("last_name"), Column.text("email"),
            Column.text("phone"), Column.bool("marketing_consent")));

    private final IngestTransaction transaction;

    CustomerWrites(IngestTransaction transaction) {
        this.transaction = transaction;
    }

    /** @param customers distinct by (source, external id) */
    public List<RowOutcome> upsert(List<CustomerUpserted> customers) throws SQLException {
        List<SourceKey> keys = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (CustomerUpserted customer : customers) {
            keys.add(new SourceKey(customer.source(), customer.externalId()));
            values.add(new Object[] {customer.loyaltyId(), customer.firstName(), customer.lastName(),
                    customer.email(), customer.phone(), customer.marketingConsent()});
        }
        SourcedRows.Result result = CUSTOMERS.upsert(transaction, keys, values);
        for (int i = 0; i < keys.size(); i++) {
            transaction.references().putCustomer(keys.get(i), result.ids()[i]);
        }
        return Arrays.asList(result.outcomes());
    }
}
