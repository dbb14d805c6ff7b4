/**
 * Hibernate entities of the canonical retail model, one per table of {@code V1__retail_model.sql}.
 *
 * <ul>
 *   <li>Money is {@code long} minor units beside a {@link java.util.Currency}; {@code getX()}
 *       returning {@link com.storedesk.core.Money} where the currency is clear.</li>
 *   <li>Instants are kept to the microsecond (what the database stores); business dates are the
 *       store-local {@link java.time.LocalDate} of the instant, computed by the caller from the
 *       store's time zone.</li>
 *   <li>Rows from outside carry (source, external id); child rows (sale lines, tenders, discounts,
 *       refund lines) are created through their parent and numbered by it.</li>
 *   <li>{@code createdAt} / {@code updatedAt} are filled from the {@code Database}'s clock unless set
 *       explicitly. Use a regular {@code Session}: a {@code StatelessSession} bypasses that.</li>
 *   <li>{@code toString()} shows keys only: entities such as Customer hold personal data.</li>
 * </ul>
 */
package com.storedesk.data.entity;
