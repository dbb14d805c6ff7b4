/**
 * Sales forecasts per store: hourly and daily net sales, transactions and visitors from the store's
 * own history ({@link com.storedesk.insight.forecast.SalesForecaster}, built by
 * {@link com.storedesk.insight.forecast.HistoryForecaster}). The math ({@link
 * com.storedesk.insight.forecast.ForecastModel} and the package-private classes it uses) is pure
 * Java on {@link com.storedesk.data.facts.HourlyValues}: it never touches the database, so it is
 * tested on hand-made series. docs/decisions/0006-forecast-model.md says what the model is and why.
 */
package com.storedesk.insight.forecast;
