-- The outbox (see docs/decisions/0011-outbox.md). Portable SQL, as V1 says.

-- When the outbox sends a FAILED action again by itself; NULL: it waits for a person's retry.
ALTER TABLE proposed_action ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;

-- The idempotency keys a connector applied, with what each did (the connector's own text), so a
-- key applies once across restarts and a connector keeping its state in memory (the demo) rebuilds it.
CREATE TABLE connector_ledger (
    source           VARCHAR(128)  NOT NULL,
    idempotency_key  VARCHAR(64)   NOT NULL,
    applied_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    entry            VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_connector_ledger PRIMARY KEY (source, idempotency_key)
);
