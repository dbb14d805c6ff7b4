package com.storedesk.pos.clover;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.ProductUpserted;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Clover inventory item as a product. The SKU is the item's sku, else its id; its {@code code} (the
 * UPC field) becomes the GTIN when it is one. The price is in cents; an item priced per unit is sold
 * by its unit where StoreDesk knows it (kg, lb, l). Hidden or deleted items are inactive; a cost of 0
 * means unknown.
 */
final class ItemMapper {

    /** The product an order line without an item stands for: a custom amount keyed in at the register. */
    static final String CUSTOM_AMOUNT = "custom-amount";
    private static final Set<String> MEASURES = Set.of("KG", "LB", "L");

    private ItemMapper() {
    }

    static ProductUpserted product(String source, Currency currency, JsonNode item) {
        String id = text(item, "id", "item");
        String where = "item " + id;
        String sku = optionalText(item, "sku");
        String code = optionalText(item, "code");
        List<JsonNode> categories = CloverJson.elements(item, "categories");
        Long cost = CloverJson.optionalNumber(item, "cost", where);
        boolean active = !CloverJson.flag(item, "hidden") && !CloverJson.flag(item, "deleted")
                && item.path("available").asBoolean(true);
        return new ProductUpserted(source, id, sku != null ? sku : id, code != null && code.matches("\\d{8,14}") ? code
                : null, text(item, "name", where), categories.isEmpty() ? null : optionalText(categories.get(0), "name"),
                unit(item), cost == null || cost <= 0 ? null : cost, CloverJson.number(item, "price", where), currency,
                false, null, active);
    }

    static ProductUpserted customAmount(String source, Currency currency) {
        return new ProductUpserted(source, CUSTOM_AMOUNT, CUSTOM_AMOUNT, null, "Custom amount", null, "EACH", null, 0,
                currency, false, null, true);
    }

    private static String unit(JsonNode item) {
        String unitName = optionalText(item, "unitName");
        if (!"PER_UNIT".equals(optionalText(item, "priceType")) || unitName == null) {
            return "EACH";
        }
        String unit = unitName.toUpperCase(Locale.ROOT).replace(".", "");
        return MEASURES.contains(unit) ? unit : "EACH";
    }
}
