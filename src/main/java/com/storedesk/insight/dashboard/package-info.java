/**
 * Everything a store dashboard shows for one store-day, gathered in one pass off the FX thread:
 * the tiles with their comparisons, the hourly chart against the forecast, the products, the latest
 * sales and the alerts.
 */
package com.storedesk.insight.dashboard;
