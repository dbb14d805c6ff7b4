-- Help requests: an associate calls a manager from the copilot (see docs/decisions/0025-help-requests.md).
-- They live in proposed_action as action_type ASSISTANCE, proposed by a PERSON, and a manager's answer
-- is HANDLED: final, never sent to the POS. Portable SQL, as V1 says.
ALTER TABLE proposed_action DROP CONSTRAINT ck_proposed_action_status;
ALTER TABLE proposed_action ADD CONSTRAINT ck_proposed_action_status
    CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'EXPIRED', 'SENT', 'CONFIRMED', 'FAILED', 'MANUAL',
        'HANDLED'));
ALTER TABLE proposed_action DROP CONSTRAINT ck_proposed_action_proposer_kind;
ALTER TABLE proposed_action ADD CONSTRAINT ck_proposed_action_proposer_kind
    CHECK (proposer_kind IN ('RULE', 'MODEL', 'PERSON'));
