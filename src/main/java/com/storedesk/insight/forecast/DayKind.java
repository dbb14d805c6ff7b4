package com.storedesk.insight.forecast;

/** What a day of the training window was, which decides what the model learns from it. */
enum DayKind {
    /** An ordinary trading day: it teaches the weekday, the hour shape, the level and the band. */
    REGULAR,
    /** A calendar holiday: left out, so it does not bend the ordinary days. */
    HOLIDAY,
    /** Nothing recorded on a weekday the store trades: closed that day (or no data). Left out. */
    CLOSED,
    /** The day before an unexpected closure, when shoppers stock up. Left out. */
    EVE,
    /** Nothing recorded on a weekday the store does not trade at all. */
    WEEKLY_CLOSED
}
