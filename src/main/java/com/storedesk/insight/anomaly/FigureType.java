package com.storedesk.insight.anomaly;

/** What kind of number an {@link AlertFigure} is, so a screen formats it for the user's locale. */
public enum FigureType {
    /** An amount of money ({@link AlertFigure.Amount}). */
    MONEY,
    /** A share, as a fraction: 0.12 is 12 % ({@link AlertFigure.Share}). */
    PERCENT,
    /** A whole number of things: sales, refunds, days ({@link AlertFigure.Count}). */
    COUNT,
    /** A number that may have decimals, such as units a day or a median ({@link AlertFigure.Quantity}). */
    DECIMAL,
    /** A store-local time of day ({@link AlertFigure.TimeOfDay}). */
    TIME_OF_DAY
}
