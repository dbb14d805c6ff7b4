/**
 * What the data means: KPIs, forecasts and anomalies, computed from the rollups and the facts the
 * {@code data} layer reads. Pure Java: no UI, no HTTP; time comes from the caller.
 */
package com.storedesk.insight;
