package com.storedesk.pos.demo;

/**
 * The twelve departments of the demo stores: their share of basket lines in an average store,
 * the gross margin range of their products, and how often a sale with one of their products
 * comes back.
 */
enum DemoCategory {
    COFFEE_TEA("COF", "Coffee & Tea", 12, 0.45, 0.60, 0.012),
    CHOCOLATE_SWEETS("CHO", "Chocolate & Sweets", 11, 0.45, 0.60, 0.008),
    CHEESE_DELI("CHE", "Cheese & Deli", 8, 0.35, 0.50, 0.004),
    BAKERY("BAK", "Bakery", 10, 0.50, 0.60, 0.002),
    WINE_SPIRITS("WIN", "Wine & Spirits", 7, 0.30, 0.40, 0.010),
    KITCHENWARE("KIT", "Kitchenware", 6, 0.40, 0.55, 0.040),
    TABLEWARE("TAB", "Tableware", 6, 0.45, 0.58, 0.035),
    HOME_FRAGRANCE("FRA", "Home Fragrance", 7, 0.50, 0.60, 0.025),
    GIFTS_STATIONERY("GIF", "Gifts & Stationery", 9, 0.45, 0.60, 0.015),
    PERSONAL_CARE("PER", "Personal Care", 7, 0.45, 0.60, 0.025),
    PANTRY_SPICES("PAN", "Pantry & Spices", 10, 0.35, 0.50, 0.006),
    GADGETS("GAD", "Small Electronics & Gadgets", 4, 0.30, 0.38, 0.070);

    private final String prefix;
    private final String displayName;
    private final double lineShare;
    private final double marginMin;
    private final double marginMax;
    private final double returnRate;

    DemoCategory(String prefix, String displayName, double lineShare, double marginMin, double marginMax,
            double returnRate) {
        this.prefix = prefix;
        this.displayName = displayName;
        this.lineShare = lineShare;
        this.marginMin = marginMin;
        this.marginMax = marginMax;
        this.returnRate = returnRate;
    }

    static DemoCategory byPrefix(String prefix) {
        for (DemoCategory category : values()) {
            if (category.prefix.equals(prefix)) {
                return category;
            }
        }
        throw new IllegalArgumentException("No demo category " + prefix);
    }

    String prefix() {
        return prefix;
    }

    String displayName() {
        return displayName;
    }

    /** Relative share of basket lines before store profile and shopper preferences. */
    double lineShare() {
        return lineShare;
    }

    double marginMin() {
        return marginMin;
    }

    double marginMax() {
        return marginMax;
    }

    /** Chance that a sale whose most returnable product is of this category comes back. */
    double returnRate() {
        return returnRate;
    }

    boolean perishable() {
        return this == CHEESE_DELI || this == BAKERY;
    }

    /** Baked for the day: delivered each morning, unsold items written off at close. */
    boolean bakedDaily() {
        return this == BAKERY;
    }
}
