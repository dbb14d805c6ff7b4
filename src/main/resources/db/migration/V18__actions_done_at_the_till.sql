-- Hand work (MANUAL) moves on once a person has been to the till: DONE_BY_HAND, or NOT_DONE with the
-- reason in failure_reason (see docs/decisions/0019-write-back-everywhere.md). Who and when are in the
-- audit trail. Portable SQL, as V1 says.
ALTER TABLE proposed_action DROP CONSTRAINT ck_proposed_action_status;
ALTER TABLE proposed_action ADD CONSTRAINT ck_proposed_action_status
    CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'EXPIRED', 'SENT', 'CONFIRMED', 'FAILED', 'MANUAL',
        'HANDLED', 'DONE_BY_HAND', 'NOT_DONE'));
