package com.storedesk.assist;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import java.util.Map;
import java.util.Objects;

/** Writes every model call into the audit trail, answered or not. Blocking: call it off the FX thread. */
public final class LlmCallAudit {

    private final AuditTrail audit;

    public LlmCallAudit(AuditTrail audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public void record(LlmCall call) {
        audit.record(new AuditEvent(call.actor(), AuditAction.LLM_CALL, call.storeId(), call.prompt().toString(),
                Map.of("prompt", call.prompt().id(),
                        "promptVersion", Integer.toString(call.prompt().version()),
                        "model", call.model(),
                        "inputDigest", call.inputDigest(),
                        "latencyMs", Long.toString(call.latency().toMillis()),
                        "outcome", call.outcome().name())));
    }
}
