package com.storedesk.pos.shopify;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.pos.PayloadFields;
import java.util.Currency;
import java.util.List;

/**
 * Shopify product variants as products: a variant is what a line item sells and what stock is
 * counted of. It is called by its product's title and, unless it is the product's only
 * ("Default Title") variant, its own; the category is the product type. A variant without a SKU
 * is known by its id; its barcode becomes the GTIN when it is one. The price is the variant's, in
 * the shop's currency; the unit cost is its inventory item's, when Shopify knows it.
 */
final class VariantMapper {

    /** The product a line item without a variant (a custom sale) stands for. */
    static final String CUSTOM_SALE = "custom-sale";
    /** The product a gift card line without a variant stands for. */
    static final String GIFT_CARD = "gift-card";

    private static final String DEFAULT_TITLE = "Default Title";

    private final String source;
    private final Currency shopCurrency;

    VariantMapper(String source, Currency shopCurrency) {
        this.source = source;
        this.shopCurrency = shopCurrency;
    }

    /** The stand-ins for line items that name no variant, so their sales are kept whole. */
    List<ProductUpserted> standIns() {
        return List.of(standIn(CUSTOM_SALE, "Custom sale"), standIn(GIFT_CARD, "Gift card"));
    }

    private ProductUpserted standIn(String id, String name) {
        return new ProductUpserted(source, id, id, null, name, null, "EACH", null, 0, shopCurrency, false, null, true);
    }

    ProductUpserted product(JsonNode variant) {
        String id = text(variant, "id", "product variant");
        String where = "product variant " + id;
        JsonNode product = PayloadFields.object(variant, "product", where);
        String title = text(product, "title", where + " product");
        String variantTitle = optionalText(variant, "title");
        String name = variantTitle == null || variantTitle.equals(DEFAULT_TITLE) ? title : title + " - " + variantTitle;
        String sku = optionalText(variant, "sku");
        long price = ShopifyJson.minor(ShopifyJson.decimal(variant, "price", where), shopCurrency, where);
        return new ProductUpserted(source, id, sku != null ? sku : id, gtin(optionalText(variant, "barcode")), name,
                optionalText(product, "productType"), "EACH", unitCost(variant, where), price, shopCurrency, false, null,
                "ACTIVE".equals(optionalText(product, "status")));
    }

    /** The inventory item's cost in the shop's currency; null when unknown (never guessed as zero). */
    private Long unitCost(JsonNode variant, String where) {
        JsonNode cost = variant.path("inventoryItem").path("unitCost");
        if (!cost.isObject()) {
            return null;
        }
        ShopifyJson.Money money = ShopifyJson.money(cost, where + " unitCost");
        return money.currency().equals(shopCurrency) ? money.amount() : null;
    }

    /** A UPC, EAN or GTIN is 8 to 14 digits; anything else in a barcode is not one. */
    private static String gtin(String barcode) {
        return barcode != null && barcode.matches("\\d{8,14}") ? barcode : null;
    }
}
