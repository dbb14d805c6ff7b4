package com.storedesk.pos.demo;

import static com.storedesk.pos.demo.DemoCategory.BAKERY;
import static com.storedesk.pos.demo.DemoCategory.CHEESE_DELI;
import static com.storedesk.pos.demo.DemoCategory.CHOCOLATE_SWEETS;
import static com.storedesk.pos.demo.DemoCategory.COFFEE_TEA;
import static com.storedesk.pos.demo.DemoCategory.GADGETS;
import static com.storedesk.pos.demo.DemoCategory.GIFTS_STATIONERY;
import static com.storedesk.pos.demo.DemoCategory.HOME_FRAGRANCE;
import static com.storedesk.pos.demo.DemoCategory.KITCHENWARE;
import static com.storedesk.pos.demo.DemoCategory.PANTRY_SPICES;
import static com.storedesk.pos.demo.DemoCategory.PERSONAL_CARE;
import static com.storedesk.pos.demo.DemoCategory.TABLEWARE;
import static com.storedesk.pos.demo.DemoCategory.WINE_SPIRITS;

import java.time.DayOfWeek;
import java.util.Map;

/**
 * What kind of store a demo store is, and so how its days look: opening hours, when shoppers
 * come (hour of day, day of week), how many of them buy, how they pay, what they buy, and how
 * much bad weather keeps them away.
 */
enum StoreProfile {
    DOWNTOWN(380, 0.24, 0.57, 1.0, 4, 9, 5,
            new OpeningHours(8, 21, 9, 21, 10, 18),
            hours(8, 0.7, 0.8, 0.8, 1.0, 1.6, 1.5, 1.0, 0.9, 1.1, 1.6, 1.5, 1.0, 0.6),
            week(0.95, 0.93, 1.00, 1.05, 1.15, 1.15, 0.75),
            new TenderMix(0.63, 0.14, 0.17, 0.03, 0.03),
            Map.of(COFFEE_TEA, 1.5, BAKERY, 1.5, CHOCOLATE_SWEETS, 1.2, GADGETS, 1.1, KITCHENWARE, 0.7,
                    TABLEWARE, 0.8, PANTRY_SPICES, 0.8)),
    MALL(340, 0.20, 0.60, 0.4, 3, 8, 5,
            new OpeningHours(10, 21, 10, 21, 11, 18),
            hours(10, 0.5, 0.8, 1.1, 1.3, 1.4, 1.4, 1.3, 1.3, 1.4, 1.2, 0.7),
            week(0.80, 0.78, 0.84, 0.92, 1.12, 1.45, 1.10),
            new TenderMix(0.66, 0.14, 0.12, 0.05, 0.03),
            Map.of(GIFTS_STATIONERY, 1.5, HOME_FRAGRANCE, 1.4, CHOCOLATE_SWEETS, 1.3, GADGETS, 1.4,
                    PERSONAL_CARE, 1.2, CHEESE_DELI, 0.6, BAKERY, 0.6, PANTRY_SPICES, 0.7, WINE_SPIRITS, 0.7)),
    SUBURBAN(300, 0.36, 0.68, 0.8, 3, 7, 4,
            new OpeningHours(9, 20, 9, 20, 10, 18),
            hours(9, 0.7, 1.2, 1.4, 1.2, 1.0, 0.9, 1.0, 1.3, 1.4, 1.1, 0.6),
            week(0.85, 0.82, 0.88, 0.95, 1.10, 1.40, 1.05),
            new TenderMix(0.68, 0.15, 0.10, 0.04, 0.03),
            Map.of(PANTRY_SPICES, 1.4, CHEESE_DELI, 1.4, WINE_SPIRITS, 1.3, KITCHENWARE, 1.2, BAKERY, 1.1,
                    GADGETS, 0.8)),
    OUTLET(260, 0.30, 0.55, 1.2, 3, 7, 4,
            new OpeningHours(10, 20, 10, 20, 11, 18),
            hours(10, 0.6, 1.0, 1.3, 1.5, 1.6, 1.5, 1.3, 1.1, 0.8, 0.5),
            week(0.72, 0.68, 0.75, 0.85, 1.10, 1.60, 1.40),
            new TenderMix(0.60, 0.24, 0.08, 0.05, 0.03),
            Map.of(KITCHENWARE, 1.6, TABLEWARE, 1.6, GADGETS, 1.4, PERSONAL_CARE, 1.2, HOME_FRAGRANCE, 1.1,
                    BAKERY, 0.4, CHEESE_DELI, 0.5, COFFEE_TEA, 0.8));

    private final int dailySales;
    private final double conversion;
    private final double loyaltyShare;
    private final double weatherSensitivity;
    private final int registers;
    private final int cashiers;
    private final int associates;
    private final OpeningHours openingHours;
    private final double[] hourWeights;
    private final double[] weekdayFactors;
    private final TenderMix tenders;
    private final double[] categoryWeights;

    StoreProfile(int dailySales, double conversion, double loyaltyShare, double weatherSensitivity, int registers,
            int cashiers, int associates, OpeningHours openingHours, double[] hourWeights, double[] weekdayFactors,
            TenderMix tenders, Map<DemoCategory, Double> tilt) {
        this.dailySales = dailySales;
        this.conversion = conversion;
        this.loyaltyShare = loyaltyShare;
        this.weatherSensitivity = weatherSensitivity;
        this.registers = registers;
        this.cashiers = cashiers;
        this.associates = associates;
        this.openingHours = openingHours;
        this.hourWeights = hourWeights;
        this.weekdayFactors = weekdayFactors;
        this.tenders = tenders;
        this.categoryWeights = new double[DemoCategory.values().length];
        for (DemoCategory category : DemoCategory.values()) {
            categoryWeights[category.ordinal()] = category.lineShare() * tilt.getOrDefault(category, 1.0);
        }
    }

    /** Sales on an average day of an average week, before weather, paydays and holidays. */
    int dailySales() {
        return dailySales;
    }

    /** Share of the visitors the door counter sees who buy something. */
    double conversion() {
        return conversion;
    }

    /** Share of sales where the shopper shows a loyalty card. */
    double loyaltyShare() {
        return loyaltyShare;
    }

    /** 0: weather does not matter (indoors); 1: a storm's full effect; above 1: open-air. */
    double weatherSensitivity() {
        return weatherSensitivity;
    }

    int registers() {
        return registers;
    }

    int cashiers() {
        return cashiers;
    }

    int associates() {
        return associates;
    }

    OpeningHours openingHours() {
        return openingHours;
    }

    /** How busy the hour starting at {@code hour} is relative to the others; 0 when closed. */
    double hourWeight(int hour) {
        return hourWeights[hour];
    }

    /** This weekday's sales relative to the week's average. */
    double weekdayFactor(DayOfWeek day) {
        return weekdayFactors[day.getValue() - 1];
    }

    TenderMix tenders() {
        return tenders;
    }

    double categoryWeight(DemoCategory category) {
        return categoryWeights[category.ordinal()];
    }

    private static double[] hours(int firstHour, double... weights) {
        double[] byHour = new double[24];
        System.arraycopy(weights, 0, byHour, firstHour, weights.length);
        return byHour;
    }

    /** Monday to Sunday, scaled so the week averages 1. */
    private static double[] week(double... factors) {
        double sum = 0;
        for (double factor : factors) {
            sum += factor;
        }
        double[] scaled = new double[7];
        for (int i = 0; i < 7; i++) {
            scaled[i] = factors[i] * 7 / sum;
        }
        return scaled;
    }

    /** Store hours: Monday to Friday, Saturday, Sunday (shorter), as whole hours. */
    record OpeningHours(int weekdayOpen, int weekdayClose, int saturdayOpen, int saturdayClose, int sundayOpen,
            int sundayClose) {

        int open(DayOfWeek day) {
            return switch (day) {
                case SATURDAY -> saturdayOpen;
                case SUNDAY -> sundayOpen;
                default -> weekdayOpen;
            };
        }

        int close(DayOfWeek day) {
            return switch (day) {
                case SATURDAY -> saturdayClose;
                case SUNDAY -> sundayClose;
                default -> weekdayClose;
            };
        }
    }

    /** How shoppers pay: shares of card, cash, mobile wallet and gift card, and the chance of a split payment. */
    record TenderMix(double card, double cash, double mobile, double giftCard, double split) {
    }
}
