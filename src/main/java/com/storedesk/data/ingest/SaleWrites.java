package com.storedesk.data.ingest;

import com.storedesk.core.SaleStatus;
import com.storedesk.core.event.SaleRecorded;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Sales by version: a new sale is inserted, a later version (greater {@code updatedAt}) replaces the
 * stored one in place, an equal or earlier one changes nothing. Rollups take a replaced version's
 * contribution out and put the new one in, in the same transaction.
 */
public final class SaleWrites {

    static final SourcedRows SALES = new SourcedRows("sale", true, List.of(
            Column.longs("store_id"), Column.longs("register_id"), Column.longs("cashier_id"),
            Column.longs("customer_id"), Column.instant("occurred_at"), Column.date("business_date"),
            Column.text("status"), Column.instant("voided_at"), Column.longs("voided_by_id"),
            Column.text("void_reason"), Column.longs("subtotal_minor"), Column.longs("discount_minor"),
            Column.longs("tax_minor"), Column.longs("total_minor"), Column.text("currency"),
            Column.instant("source_updated_at")));
    private static final int STORE = SALES.indexOf("store_id");
    private static final int OCCURRED_AT = SALES.indexOf("occurred_at");
    private static final int BUSINESS_DATE = SALES.indexOf("business_date");
    private static final int STATUS = SALES.indexOf("status");
    private static final int CURRENCY = SALES.indexOf("currency");
    private static final int VERSION = SALES.indexOf("source_updated_at");

    /** Only a strictly later version replaces; a sale stored without a version takes any. */
    private static final SourcedRows.Replace NEWER_VERSION = (stored, incoming) -> stored[VERSION] == null
            || ((Instant) incoming[VERSION]).truncatedTo(ChronoUnit.MICROS).isAfter((Instant) stored[VERSION]);

    private final IngestTransaction transaction;

    SaleWrites(IngestTransaction transaction) {
        this.transaction = transaction;
    }

    /**
     * @param sales distinct by (source, external id), every reference already known to
     *     {@link IngestTransaction#references()}
     */
    public List<RowOutcome> upsert(List<SaleRecorded> sales) throws SQLException {
        References references = transaction.references();
        List<SourceKey> keys = new ArrayList<>(sales.size());
        List<Object[]> values = new ArrayList<>(sales.size());
        List<StoreRef> stores = new ArrayList<>(sales.size());
        for (SaleRecorded sale : sales) {
            StoreRef store = references.store(new SourceKey(sale.source(), sale.storeExternalId()));
            keys.add(new SourceKey(sale.source(), sale.externalId()));
            values.add(row(sale, store, references));
            stores.add(store);
        }
        SourcedRows.Result result = SALES.upsert(transaction, keys, values, NEWER_VERSION);

        List<Integer> written = new ArrayList<>();
        List<Long> replacedIds = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            if (result.outcomes()[i] != RowOutcome.UNCHANGED) {
                written.add(i);
            }
            if (result.outcomes()[i] == RowOutcome.UPDATED) {
                replacedIds.add(result.ids()[i]);
            }
        }
        SaleChildren children = new SaleChildren(transaction);
        Map<Long, List<SaleChildren.StoredLine>> storedLines = children.load(replacedIds);
        for (int i : written) {
            if (result.outcomes()[i] == RowOutcome.UPDATED) {
                takeOut(result.previous()[i], storedLines.getOrDefault(result.ids()[i], List.of()));
            }
            putIn(sales.get(i), stores.get(i), values.get(i), references);
        }
        children.write(sales, result.ids(), written, replacedIds, storedLines);
        return Arrays.asList(result.outcomes());
    }

    private static Object[] row(SaleRecorded sale, StoreRef store, References references) throws SQLException {
        String source = sale.source();
        RegisterRef register = sale.registerExternalId() == null ? null
                : references.register(new SourceKey(source, sale.registerExternalId()));
        Long customer = sale.customerExternalId() == null ? null
                : references.customer(new SourceKey(source, sale.customerExternalId()));
        return new Object[] {store.id(), register == null ? null : register.id(),
                employee(references, source, sale.cashierExternalId()), customer, sale.occurredAt(),
                LocalDate.ofInstant(sale.occurredAt(), store.zone()), sale.status().name(), sale.voidedAt(),
                employee(references, source, sale.voidedByExternalId()), sale.voidReason(), sale.subtotalMinor(),
                sale.discountMinor(), sale.taxMinor(), sale.totalMinor(), sale.currency().getCurrencyCode(),
                sale.updatedAt()};
    }

    private static Long employee(References references, String source, String externalId) throws SQLException {
        return externalId == null ? null : references.employee(new SourceKey(source, externalId));
    }

    /** The replaced version's contribution, as stored. */
    private void takeOut(Object[] stored, List<SaleChildren.StoredLine> lines) throws SQLException {
        long storeId = (Long) stored[STORE];
        List<SaleFigures.Line> figures = new ArrayList<>(lines.size());
        for (SaleChildren.StoredLine line : lines) {
            figures.add(SaleFigures.storedLine(line.productId(), line.quantity(), line.netMinor(),
                    line.discountMinor(), line.unitCostMinor()));
        }
        SaleFigures sale = new SaleFigures(storeId, (Instant) stored[OCCURRED_AT], (LocalDate) stored[BUSINESS_DATE],
                SaleStatus.valueOf((String) stored[STATUS]), Currency.getInstance(((String) stored[CURRENCY]).trim()),
                figures);
        transaction.rollups().addSale(sale, transaction.references().storeById(storeId).zone(), -1);
        transaction.changed(storeId);
    }

    private void putIn(SaleRecorded sale, StoreRef store, Object[] row, References references) throws SQLException {
        List<SaleFigures.Line> lines = new ArrayList<>(sale.lines().size());
        for (SaleRecorded.Line line : sale.lines()) {
            lines.add(SaleFigures.line(references.product(new SourceKey(sale.source(), line.productExternalId())),
                    line));
        }
        SaleFigures figures = new SaleFigures(store.id(), sale.occurredAt(), (LocalDate) row[BUSINESS_DATE],
                sale.status(), store.currency(), lines);
        transaction.rollups().addSale(figures, store.zone(), 1);
        transaction.changed(store.id());
    }
}
