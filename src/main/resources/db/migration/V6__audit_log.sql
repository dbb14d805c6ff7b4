-- The audit trail: an append-only, hash-chained log of who did what (com.storedesk.audit).
-- Portable SQL, like V1: runs unchanged on H2 2.x and PostgreSQL 15+.
--
-- seq is the chain order: 1, 2, 3... with no gaps. The primary key on it is what keeps two writers
-- (threads or processes on a shared database) from forking the chain: both may read the same last
-- entry, only one can insert the next number, the other retries on the new last entry.
-- hash = SHA-256 over the entry's fields and previous_hash, as DatabaseAuditTrail's javadoc
-- defines it; the first entry's previous_hash is 64 zeros. StoreDesk never updates or deletes a row.
-- store_id has no foreign key: the log outlives what it names and must never refuse an entry.
-- details is canonical JSON text (sorted keys, no spaces); the hash covers it byte for byte.
CREATE TABLE audit_log (
    seq             BIGINT        NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(128)  NOT NULL,
    action          VARCHAR(32)   NOT NULL,
    store_id        BIGINT,
    subject         VARCHAR(256)  NOT NULL,
    details         VARCHAR(8000) NOT NULL,
    previous_hash   CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_log PRIMARY KEY (seq)
);
-- The audit screen searches by date, by user and by store, newest first.
CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, occurred_at);
CREATE INDEX ix_audit_log_store ON audit_log (store_id, occurred_at);
