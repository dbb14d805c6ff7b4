package com.storedesk.pos.clover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.AppliedKeys;
import com.storedesk.pos.ChangeKind;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import com.storedesk.pos.WriteBackSupport;
import java.math.BigDecimal;
import okhttp3.HttpUrl;

/**
 * Approved changes applied at a Clover merchant through the REST API v3:
 *
 * <ul>
 *   <li>a new regular price: the item's {@code price} in cents ({@code POST /v3/merchants/{mId}/items/{itemId}});
 *   <li>a stock adjustment: the item's stock quantity ({@code item_stocks/{itemId}}), read, added to and
 *       written back, as Clover sets an absolute quantity.
 * </ul>
 *
 * Items are found by SKU ({@code items?filter=sku=...}), or, as the item mapping names an item
 * without a SKU by its id, by id. Clover documents an {@code Idempotency-Key} header for its
 * Ecommerce and REST Pay payments, not for inventory, so a key is kept in the {@link AppliedKeys}
 * once Clover confirmed it. Discounts, timed prices and purchase orders are refused
 * ({@link WriteBackSupport#CLOVER} says why).
 */
final class CloverWriteBack {

    private static final WriteBackSupport PLATFORM = WriteBackSupport.CLOVER;

    private final CloverApi api;
    private final HttpUrl merchant;
    private final String merchantId;
    private final AppliedKeys applied;

    CloverWriteBack(CloverApi api, String baseUrl, String merchantId, AppliedKeys applied) {
        this.api = api;
        this.merchant = HttpUrl.get(baseUrl + "/v3/merchants/" + merchantId);
        this.merchantId = merchantId;
        this.applied = applied;
    }

    ExecutionResult execute(ActionCommand command) throws ConnectorException {
        ChangeKind kind = ChangeKind.of(command.change());
        if (!PLATFORM.applies(kind)) {
            return PLATFORM.refusal(kind);
        }
        if (!merchantId.equals(command.storeExternalId())) {
            return ExecutionResult.refused("This Clover connection is for merchant " + merchantId + ", not "
                    + command.storeExternalId());
        }
        String key = command.idempotencyKey();
        if (applied.applied(key)) {
            return ExecutionResult.alreadyApplied();
        }
        ExecutionResult result;
        String what;
        try {
            if (command.change() instanceof ActionCommand.PermanentPrice price) {
                what = price.sku();
                result = price(price);
            } else {
                ActionCommand.StockAdjustment adjustment = (ActionCommand.StockAdjustment) command.change();
                what = adjustment.sku();
                result = adjust(adjustment);
            }
        } catch (CloverRefusal refusal) {
            return ExecutionResult.refused(refusal.getMessage());
        } catch (MalformedPayload e) {
            throw CloverApi.malformed("items", "answered something that is not as documented: " + e.getMessage());
        }
        if (result.inEffect()) {
            applied.record(key, kind + " " + what);
        }
        return result;
    }

    private ExecutionResult price(ActionCommand.PermanentPrice price) throws ConnectorException {
        JsonNode item = item(price.sku());
        if (item == null) {
            return ExecutionResult.refused(noItem(price.sku()));
        }
        String id = PayloadFields.text(item, "id", "item");
        Long current = CloverJson.optionalNumber(item, "price", "item " + id);
        if (current != null && current == price.priceMinor()) {
            return ExecutionResult.alreadyApplied();
        }
        api.post("items", merchant.newBuilder().addPathSegment("items").addPathSegment(id).build(),
                JsonNodeFactory.instance.objectNode().put("price", price.priceMinor()));
        return ExecutionResult.applied();
    }

    /**
     * Clover sets an absolute quantity, so the adjustment is read, added and written back within a
     * moment. Only a sale rung up in that moment is overwritten: its unit is then missing from the
     * level until the next count, which is what a count adjustment corrects anyway. Clover documents
     * no conditional update that would let the write fail instead.
     */
    private ExecutionResult adjust(ActionCommand.StockAdjustment adjustment) throws ConnectorException {
        if (adjustment.delta().signum() == 0) {
            return ExecutionResult.applied();
        }
        JsonNode item = item(adjustment.sku());
        if (item == null) {
            return ExecutionResult.refused(noItem(adjustment.sku()));
        }
        HttpUrl stock = merchant.newBuilder().addPathSegment("item_stocks")
                .addPathSegment(PayloadFields.text(item, "id", "item")).build();
        BigDecimal onHand;
        try {
            JsonNode current = api.get("item_stocks", stock);
            onHand = current.path("quantity").isNumber() ? current.path("quantity").decimalValue()
                    : BigDecimal.valueOf(current.path("stockCount").asLong(0));
        } catch (CloverRefusal notFound) {
            if (notFound.status() != 404) {
                throw notFound;
            }
            onHand = BigDecimal.ZERO;  // an item never stocked has no item stock yet
        }
        api.post("item_stocks", stock, JsonNodeFactory.instance.objectNode()
                .put("quantity", onHand.add(adjustment.delta()).stripTrailingZeros()));
        return ExecutionResult.applied();
    }

    /** The item with this SKU, or with this id; null when there is none. */
    private JsonNode item(String sku) throws ConnectorException {
        HttpUrl bySku = merchant.newBuilder().addPathSegment("items").addQueryParameter("filter", "sku=" + sku).build();
        for (JsonNode item : api.get("items", bySku).path("elements")) {
            if (sku.equals(PayloadFields.optionalText(item, "sku"))) {
                return item;
            }
        }
        if (!sku.matches("[A-Za-z0-9]{13}")) {
            return null;  // not a Clover id either
        }
        try {
            return api.get("items", merchant.newBuilder().addPathSegment("items").addPathSegment(sku).build());
        } catch (CloverRefusal notFound) {
            if (notFound.status() == 404) {
                return null;
            }
            throw notFound;
        }
    }

    private static String noItem(String sku) {
        return "Clover has no item with SKU " + sku;
    }
}
