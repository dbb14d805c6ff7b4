package com.storedesk.ui.components;

import com.storedesk.i18n.Messages;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each database table holds, in words a store manager uses ("Sales", not "sale"). */
public final class TableLabels {

    /** In the order a store manager thinks of them: where, who, what, then what happened, then bookkeeping. */
    private static final Map<String, String> KEYS = orderedMap(
            Map.entry("store", "table.store"),
            Map.entry("register", "table.register"),
            Map.entry("employee", "table.employee"),
            Map.entry("product", "table.product"),
            Map.entry("customer", "table.customer"),
            Map.entry("sale", "table.sale"),
            Map.entry("sale_line", "table.saleLine"),
            Map.entry("sale_tender", "table.saleTender"),
            Map.entry("sale_discount", "table.saleDiscount"),
            Map.entry("refund", "table.refund"),
            Map.entry("refund_line", "table.refundLine"),
            Map.entry("stock_level", "table.stockLevel"),
            Map.entry("stock_movement", "table.stockMovement"),
            Map.entry("traffic_count", "table.trafficCount"),
            Map.entry("shift", "table.shift"),
            Map.entry("sales_by_store_hour", "table.salesByStoreHour"),
            Map.entry("sales_by_sku_day", "table.salesBySkuDay"),
            Map.entry("app_user", "users.table.appUser"),
            Map.entry("app_user_store", "users.table.appUserStore"),
            Map.entry("sync_state", "table.syncState"),
            Map.entry("ingest_error", "table.ingestError"),
            Map.entry("audit_log", "audit.table"));
    private static final List<String> ORDER = List.copyOf(KEYS.keySet());

    private TableLabels() {
    }

    @SafeVarargs
    private static Map<String, String> orderedMap(Map.Entry<String, String>... entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries) {
            map.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(map);
    }

    /** Sorts tables in {@link #KEYS} order; tables this version does not know go last, by name. */
    public static Comparator<String> order() {
        return Comparator.comparingInt((String table) -> ORDER.contains(table) ? ORDER.indexOf(table) : ORDER.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** The table's label, or its own name for a table this version does not know. */
    public static String label(String table, Messages messages) {
        String key = KEYS.get(table);
        return key == null ? table : messages.get(key);
    }
}
