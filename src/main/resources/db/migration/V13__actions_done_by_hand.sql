-- An approved action the store's POS cannot apply is recorded as MANUAL ("approved, to do by hand")
-- instead of being sent to the outbox (see docs/decisions/0019-write-back-everywhere.md).
ALTER TABLE proposed_action DROP CONSTRAINT ck_proposed_action_status;
ALTER TABLE proposed_action ADD CONSTRAINT ck_proposed_action_status
    CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'EXPIRED', 'SENT', 'CONFIRMED', 'FAILED', 'MANUAL'));
