package com.storedesk.audit;

/** Where every audited step goes. Recording is blocking: call it off the FX thread. */
@FunctionalInterface
public interface AuditTrail {

    void record(AuditEvent event);
}
