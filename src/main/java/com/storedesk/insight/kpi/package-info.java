/**
 * The figures on a store's KPI tiles, computed from a store-day's facts (hourly rollup, door
 * counts, clocked shifts) up to a moment, and compared with the forecast and with the same weekday
 * a week earlier up to the same local time.
 */
package com.storedesk.insight.kpi;
