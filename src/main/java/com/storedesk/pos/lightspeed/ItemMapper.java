package com.storedesk.pos.lightspeed;

import static com.storedesk.pos.lightspeed.LightspeedJson.optionalText;
import static com.storedesk.pos.lightspeed.LightspeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.pos.MalformedPayload;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A Lightspeed Item as a product. The SKU is the shop's own custom SKU where it has one, else the
 * system SKU Lightspeed prints on labels; the UPC (else the EAN) becomes the GTIN when it is one. The
 * price is the "Default" price level; the cost is the default reorder cost, unknown when zero.
 * Archived items are inactive.
 */
final class ItemMapper {

    /** The product a sale line without an item stands for: a miscellaneous charge. */
    static final String MISCELLANEOUS = "misc";

    private ItemMapper() {
    }

    static ProductUpserted product(String source, Currency currency, JsonNode item) {
        String id = text(item, "itemID", "item");
        String where = "item " + id;
        String sku = optionalText(item, "customSku");
        if (sku == null) {
            sku = optionalText(item, "systemSku");
        }
        String gtin = gtin(optionalText(item, "upc"));
        if (gtin == null) {
            gtin = gtin(optionalText(item, "ean"));
        }
        BigDecimal cost = LightspeedJson.optionalDecimal(item, "defaultCost", where);
        return new ProductUpserted(source, id, sku != null ? sku : id, gtin, text(item, "description", where),
                optionalText(LightspeedJson.relation(item, "Category"), "name"), "EACH",
                cost == null || cost.signum() <= 0 ? null : LightspeedJson.minor(cost, currency),
                price(item, currency, where), currency, false, null, !LightspeedJson.flag(item, "archived"));
    }

    static ProductUpserted miscellaneous(String source, Currency currency) {
        return new ProductUpserted(source, MISCELLANEOUS, MISCELLANEOUS, null, "Miscellaneous charge", null, "EACH",
                null, 0, currency, false, null, true);
    }

    private static long price(JsonNode item, Currency currency, String where) {
        for (JsonNode price : LightspeedJson.nested(item, "Prices", "ItemPrice")) {
            if ("Default".equals(optionalText(price, "useType")) || "1".equals(optionalText(price, "useTypeID"))) {
                return LightspeedJson.minor(LightspeedJson.decimal(price, "amount", where + " price"), currency);
            }
        }
        throw new MalformedPayload(where + " has no Default price");
    }

    /** A UPC, EAN or GTIN is 8 to 14 digits; anything else is not one. */
    private static String gtin(String code) {
        return code != null && code.matches("\\d{8,14}") ? code : null;
    }
}
