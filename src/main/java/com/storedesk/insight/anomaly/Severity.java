package com.storedesk.insight.anomaly;

/** How urgent an alert is; alerts list the most urgent first. */
public enum Severity {
    /** Worth knowing, nothing to do now. */
    INFO,
    /** Worth a look today. */
    WARNING,
    /** Far outside the usual: look now. */
    CRITICAL
}
