/**
 * Approval policy: rules by action type and threshold decide whether an action applies
 * automatically, needs a store manager or needs a district manager. {@link
 * com.storedesk.actions.policy.PolicyRouter} applies them, naming the rule that decided; {@link
 * com.storedesk.actions.policy.PolicyService} keeps them in the database and lets an administrator
 * change them. Why these levels and defaults: docs/decisions/0009-approval-routing.md.
 */
package com.storedesk.actions.policy;
