package com.storedesk.insight.customer;

import java.time.DayOfWeek;

/**
 * When and where a customer usually shops, from their visits in each store's own time: the day and
 * part of the day with the most visits, and the store they visit most.
 */
public record ShoppingHabit(DayOfWeek usualDay, PartOfDay usualTime, String usualStore) {

    public enum PartOfDay {
        MORNING, AFTERNOON, EVENING;

        static PartOfDay at(int hour) {
            return hour < 12 ? MORNING : hour < 17 ? AFTERNOON : EVENING;
        }
    }
}
