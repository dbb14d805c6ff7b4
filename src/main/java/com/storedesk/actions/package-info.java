/**
 * Proposed actions: what a rule or a model suggests changing at a store (a discount, a markdown, a
 * price change, a purchase order draft, a stock adjustment), why, on which evidence, routed by the
 * approval policy ({@code actions.policy}) to the level that must say yes, and moved through its
 * life by {@link com.storedesk.actions.ActionService}, which checks the session's role and stores
 * at every entry point and records each step in the audit trail. Proposers live in
 * {@code actions.propose}, storage in {@code actions.store}.
 */
package com.storedesk.actions;
