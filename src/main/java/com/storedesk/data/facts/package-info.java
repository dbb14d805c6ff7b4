/**
 * Read models of a store's facts over time, for the insight layer: hour by hour values per
 * store-local business date, read from the rollups ({@code sales_by_store_hour}) and the door
 * counts ({@code traffic_count}), never from raw sale lines. One query per store and date range.
 */
package com.storedesk.data.facts;
