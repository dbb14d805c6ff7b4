/**
 * Where actions and the policy are kept: plain JDBC over the V7 tables, each proposal's change,
 * rationale and evidence as JSON beside the columns the inbox filters on.
 */
package com.storedesk.actions.store;
