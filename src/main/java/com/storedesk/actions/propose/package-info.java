/**
 * Proposers: rules that look at a store's facts at a moment and suggest actions. Each is an
 * {@link com.storedesk.actions.propose.ActionProposer}; {@link com.storedesk.actions.propose.ProposalRound}
 * runs them all for every store and hands what they find to the action service, which stores it
 * once and routes it. Later capabilities (replenishment, a model's suggestions) add proposers
 * through the same interface.
 */
package com.storedesk.actions.propose;
