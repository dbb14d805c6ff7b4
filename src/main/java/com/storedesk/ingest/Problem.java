package com.storedesk.ingest;

/** What is wrong with an event, before it becomes a rejection. */
record Problem(RejectReason reason, String detail) {
}
