package com.storedesk.pos;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which changes each platform's connector applies, declared once: the connectors refuse the other
 * kinds through {@link #refusal}, and the approval inbox says so before anyone approves. A test runs
 * every connector's execute on every kind, so this declaration and the code cannot drift apart.
 */
public enum WriteBackSupport {
    SQUARE("square", "Square", EnumSet.of(ChangeKind.PERMANENT_PRICE, ChangeKind.STOCK_ADJUSTMENT), Map.of(
            ChangeKind.DISCOUNT, "its API has no per-item discount with an end date",
            ChangeKind.TEMPORARY_PRICE, "its API has no price with an end date",
            ChangeKind.PURCHASE_ORDER, "its API has no purchase orders")),
    SHOPIFY("shopify", "Shopify", EnumSet.of(ChangeKind.PERMANENT_PRICE, ChangeKind.STOCK_ADJUSTMENT), Map.of(
            ChangeKind.DISCOUNT, "this connector does not write Shopify discounts",
            ChangeKind.TEMPORARY_PRICE, "this connector does not write Shopify discounts or scheduled prices",
            ChangeKind.PURCHASE_ORDER, "Shopify has no purchase orders")),
    LIGHTSPEED("lightspeed", "Lightspeed", EnumSet.of(ChangeKind.PERMANENT_PRICE, ChangeKind.STOCK_ADJUSTMENT,
            ChangeKind.PURCHASE_ORDER), Map.of(
            ChangeKind.DISCOUNT, "R-Series discounts are picked by the cashier at the register, for no product"
                    + " and with no end date",
            ChangeKind.TEMPORARY_PRICE, "R-Series item prices have no end date")),
    CLOVER("clover", "Clover", EnumSet.of(ChangeKind.PERMANENT_PRICE, ChangeKind.STOCK_ADJUSTMENT), Map.of(
            ChangeKind.DISCOUNT, "Clover discounts are picked by the cashier for an order, for no product and"
                    + " with no end date",
            ChangeKind.TEMPORARY_PRICE, "Clover item prices have no end date",
            ChangeKind.PURCHASE_ORDER, "Clover has no purchase orders")),
    /** The built-in demo chain applies everything. */
    DEMO("demo", "The demo chain", EnumSet.allOf(ChangeKind.class), Map.of());

    /** What every refusal of an unsupported kind says, and no other refusal does. */
    public static final String UNSUPPORTED = "cannot apply";

    private final String prefix;
    private final String name;
    private final Set<ChangeKind> kinds;
    private final Map<ChangeKind, String> why;

    WriteBackSupport(String prefix, String name, Set<ChangeKind> kinds, Map<ChangeKind, String> why) {
        this.prefix = prefix;
        this.name = name;
        this.kinds = kinds;
        this.why = why;
    }

    /** The platform of a source such as {@code clover:7R56PZ0Z0EAB1} or {@code demo}; empty for another. */
    public static Optional<WriteBackSupport> ofSource(String source) {
        if (source == null) {
            return Optional.empty();
        }
        int colon = source.indexOf(':');
        String prefix = colon < 0 ? source : source.substring(0, colon);
        for (WriteBackSupport platform : values()) {
            if (platform.prefix.equals(prefix)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }

    public boolean applies(ChangeKind kind) {
        return kinds.contains(kind);
    }

    public Set<ChangeKind> kinds() {
        return EnumSet.copyOf(kinds);
    }

    /** The refusal of a kind this platform cannot apply; it starts with {@link #UNSUPPORTED}'s words. */
    public ExecutionResult refusal(ChangeKind kind) {
        return ExecutionResult.refused(name + " " + UNSUPPORTED + " " + kind.name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + " changes: " + why.getOrDefault(kind, "not supported"));
    }
}
