package com.storedesk.assist;

/** How a call to the model ended, as the audit trail records it. */
public enum LlmOutcome {
    /** The model answered. */
    ANSWERED,
    /** No answer within the configured time; the feature answered from its templates. */
    TIMED_OUT,
    /** The endpoint refused or failed; the feature answered from its templates. */
    FAILED,
    /** Not sent: the endpoint was known to be down (an open circuit), so the templates answered at once. */
    SKIPPED
}
