package com.storedesk.pos.demo;

import com.storedesk.core.MovementType;
import com.storedesk.pos.ActionCommand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an {@link ActionCommand} does to the demo chain, as {@link DemoChanges} effects: prices and
 * clearance discounts from now on, a stock adjustment now, a purchase order's goods received
 * {@link DemoLiveFeed#RECEIPT_LEAD} later. Movement ids come from the idempotency key, so a
 * movement delivered again is the same row.
 */
final class DemoCommands {

    private static final long PERMANENT = Long.MAX_VALUE;

    private final DemoChain chain;

    DemoCommands(DemoChain chain) {
        this.chain = chain;
    }

    /**
     * @throws IllegalArgumentException naming what the demo chain does not have (store, product) or
     *         a change it cannot make
     */
    List<Record> effects(ActionCommand command, Instant now) {
        DemoStore store = chain.stores().stream().filter(s -> s.externalId().equals(command.storeExternalId()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No demo store "
                        + command.storeExternalId()));
        int s = store.index();
        long at = now.getEpochSecond();
        String key = command.idempotencyKey();
        ActionCommand.Change change = command.change();
        if (change instanceof ActionCommand.Discount discount) {
            return List.of(new DemoChanges.Clearance(s, product(discount.sku()), at,
                    discount.until().getEpochSecond(), discount.percent()));
        }
        if (change instanceof ActionCommand.TemporaryPrice price) {
            return List.of(new DemoChanges.Price(s, product(price.sku()), at, price.until().getEpochSecond(),
                    price.priceMinor()));
        }
        if (change instanceof ActionCommand.PermanentPrice price) {
            return List.of(new DemoChanges.Price(s, product(price.sku()), at, PERMANENT, price.priceMinor()));
        }
        if (change instanceof ActionCommand.StockAdjustment adjustment) {
            return List.of(new DemoChanges.StockChange(s, product(adjustment.sku()), at, milli(adjustment.delta()),
                    MovementType.ADJUSTMENT, "move-adj-" + key, "ADJ-" + shortKey(key)));
        }
        ActionCommand.PurchaseOrder order = (ActionCommand.PurchaseOrder) change;
        long arrives = now.plus(DemoLiveFeed.RECEIPT_LEAD).getEpochSecond();
        List<Record> receipts = new ArrayList<>();
        for (int n = 0; n < order.lines().size(); n++) {
            ActionCommand.OrderLine line = order.lines().get(n);
            receipts.add(new DemoChanges.StockChange(s, product(line.sku()), arrives, milli(line.quantity()),
                    MovementType.RECEIPT, "move-po-" + key + "-" + (n + 1), "PO-" + shortKey(key)));
        }
        return receipts;
    }

    private int product(String sku) {
        return chain.catalog().bySku(sku).index();
    }

    private static long milli(BigDecimal quantity) {
        return quantity.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String shortKey(String key) {
        return key.length() <= 8 ? key : key.substring(0, 8);
    }
}
