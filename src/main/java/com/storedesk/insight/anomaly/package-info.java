/**
 * Store alerts: sales off forecast, cashiers whose discount or void rate stands out among their
 * peers, refund spikes, products that stopped selling, door counters gone dark. Each rule is a
 * class of its own working on facts read by {@code com.storedesk.data.facts} (no SQL here);
 * {@link com.storedesk.insight.anomaly.StoreAlerts} loads the facts and runs them all.
 *
 * <p>Comparisons are robust ({@link com.storedesk.insight.anomaly.RobustStats}: median, MAD,
 * modified z-score, Poisson tails), never fixed cut-offs; docs/decisions/0007-alert-rules.md says
 * why and what the demo chain shows. An {@link com.storedesk.insight.anomaly.Alert} carries typed
 * figures, and {@link com.storedesk.insight.anomaly.AlertText} words it in the user's language.
 */
package com.storedesk.insight.anomaly;
