package com.storedesk.data.ingest;

import com.storedesk.core.event.EmployeeUpserted;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Staff, with their home store resolved to its id. */
public final class EmployeeWrites {

    private static final SourcedRows EMPLOYEES = new SourcedRows("employee", true, List.of(
            Column.longs("home_store_id"), Column.text("display_name"), Column.text("job_role"),
            Column.bool("active")));

    private final IngestTransaction transaction;

    EmployeeWrites(IngestTransaction transaction) {
        this.transaction = transaction;
    }

    /**
     * @param employees distinct by (source, external id); home stores already known to
     *     {@link IngestTransaction#references()}
     */
    public List<RowOutcome> upsert(List<EmployeeUpserted> employees) throws SQLException {
        References references = transaction.references();
        List<SourceKey> keys = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (EmployeeUpserted employee : employees) {
            SourceKey homeStore = SourceKey.of(employee.source(), employee.homeStoreExternalId());
            keys.add(new SourceKey(employee.source(), employee.externalId()));
            values.add(new Object[] {homeStore == null ? null : references.store(homeStore).id(),
                    employee.displayName(), employee.jobRole(), employee.active()});
        }
        SourcedRows.Result result = EMPLOYEES.upsert(transaction, keys, values);
        for (int i = 0; i < keys.size(); i++) {
            references.putEmployee(keys.get(i), result.ids()[i]);
            if (result.outcomes()[i] != RowOutcome.UNCHANGED) {
                markHomeStore(values.get(i)[0]);
                markHomeStore(result.previous()[i] == null ? null : result.previous()[i][0]);
            }
        }
        return Arrays.asList(result.outcomes());
    }

    private void markHomeStore(Object storeId) {
        if (storeId != null) {
            transaction.changed((Long) storeId);
        }
    }
}
