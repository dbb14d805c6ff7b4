package com.storedesk.pos.square;

import static com.storedesk.pos.PayloadFields.array;
import static com.storedesk.pos.square.SquareJson.optionalMoney;
import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.PayloadFields;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Square catalog items as products: one product per ITEM_VARIATION (what an order line names),
 * called by the item's name and, where an item has several, the variation's. A variation without
 * a SKU is known by its id; its UPC becomes the GTIN when it is one. The price is this location's
 * override where there is one; a variably priced variation (priced at the till) has price 0.
 */
final class CatalogMapper {

    /** The product an order line without a catalog variation stands for: a custom amount. */
    static final String CUSTOM_AMOUNT = "custom-amount";
    /** The product an order line selling or reloading a gift card stands for. */
    static final String GIFT_CARD = "gift-card";

    private final String source;
    private final String locationId;
    private final Currency storeCurrency;

    CatalogMapper(String source, String locationId, Currency storeCurrency) {
        this.source = source;
        this.locationId = locationId;
        this.storeCurrency = storeCurrency;
    }

    /** The products of one SearchCatalogObjects page; categories are read from its related objects. */
    List<RetailEvent> products(JsonNode page) {
        Map<String, String> categories = new HashMap<>();
        for (JsonNode related : array(page, "related_objects")) {
            if ("CATEGORY".equals(optionalText(related, "type"))) {
                String name = optionalText(related.path("category_data"), "name");
                if (name != null) {
                    categories.put(text(related, "id", "related category"), name);
                }
            }
        }
        List<RetailEvent> products = new ArrayList<>();
        for (JsonNode object : array(page, "objects")) {
            if ("ITEM".equals(optionalText(object, "type"))) {
                products.addAll(item(object, categories));
            }
        }
        return products;
    }

    /** The stand-ins for order lines that name no catalog variation, so their sales are kept whole. */
    List<RetailEvent> standIns() {
        return List.of(standIn(CUSTOM_AMOUNT, "Custom amount"), standIn(GIFT_CARD, "Gift card"));
    }

    private ProductUpserted standIn(String id, String name) {
        return new ProductUpserted(source, id, id, null, name, null, "EACH", null, 0, storeCurrency, false, null, true);
    }

    private List<ProductUpserted> item(JsonNode item, Map<String, String> categories) {
        String id = text(item, "id", "catalog item");
        String where = "catalog item " + id;
        JsonNode data = PayloadFields.object(item, "item_data", where);
        String name = text(data, "name", where);
        String category = categories.get(categoryId(data));
        boolean itemActive = !item.path("is_deleted").asBoolean(false) && presentHere(item);
        List<JsonNode> variations = array(data, "variations");
        List<ProductUpserted> products = new ArrayList<>();
        for (JsonNode variation : variations) {
            products.add(variation(variation, name, variations.size() > 1, category, itemActive));
        }
        return products;
    }

    private ProductUpserted variation(JsonNode variation, String itemName, boolean named, String category,
            boolean itemActive) {
        String id = text(variation, "id", "item variation");
        String where = "item variation " + id;
        JsonNode data = PayloadFields.object(variation, "item_variation_data", where);
        String variationName = optionalText(data, "name");
        String name = named && variationName != null ? itemName + " - " + variationName : itemName;
        String sku = optionalText(data, "sku");
        SquareJson.Money price = price(data, where);
        boolean active = itemActive && !variation.path("is_deleted").asBoolean(false) && presentHere(variation);
        return new ProductUpserted(source, id, sku != null ? sku : id, gtin(optionalText(data, "upc")), name,
                category, "EACH", null, price == null ? 0 : price.amount(),
                price == null ? storeCurrency : price.currency(), false, null, active);
    }

    /** This location's override price, else the variation's own; null when priced at the till. */
    private SquareJson.Money price(JsonNode data, String where) {
        for (JsonNode override : array(data, "location_overrides")) {
            if (locationId.equals(optionalText(override, "location_id"))) {
                SquareJson.Money price = optionalMoney(override, "price_money", where + " location override");
                if (price != null) {
                    return price;
                }
            }
        }
        return optionalMoney(data, "price_money", where);
    }

    private static String categoryId(JsonNode data) {
        List<JsonNode> categories = array(data, "categories");
        return categories.isEmpty() ? optionalText(data, "category_id") : optionalText(categories.get(0), "id");
    }

    private boolean presentHere(JsonNode object) {
        for (JsonNode absent : array(object, "absent_at_location_ids")) {
            if (locationId.equals(absent.asText())) {
                return false;
            }
        }
        if (object.path("present_at_all_locations").asBoolean(true)) {
            return true;
        }
        for (JsonNode present : array(object, "present_at_location_ids")) {
            if (locationId.equals(present.asText())) {
                return true;
            }
        }
        return false;
    }

    /** A UPC, EAN or GTIN is 8 to 14 digits; anything else Square holds there is not one. */
    private static String gtin(String upc) {
        return upc != null && upc.matches("\\d{8,14}") ? upc : null;
    }
}
