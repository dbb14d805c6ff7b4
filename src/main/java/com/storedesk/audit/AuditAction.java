package com.storedesk.audit;

/** What an audit entry records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    USER_CREATED,
    USER_CHANGED,
    SETTINGS_CHANGED,
    POLICY_CHANGED,
    ACTION_PROPOSED,
    ACTION_APPROVED,
    ACTION_REJECTED,
    ACTION_EXPIRED,
    ACTION_SENT,
    ACTION_CONFIRMED,
    ACTION_FAILED,
    /** A person did an action by hand at the POS, or says it could not be done there. */
    ACTION_DONE_BY_HAND,
    LLM_CALL,
    /** An administrator saved a new version of an assistant prompt. */
    PROMPT_CHANGED,
    /** A webhook delivery without a valid signature was refused. */
    WEBHOOK_REJECTED,
    POS_CONNECTION_CHANGED,
    /** Someone started a cycle count of a location. */
    COUNT_STARTED,
    /** A cycle count was finished and compared with on hand. */
    COUNT_FINISHED,
    /** A planogram file was imported: one entry per fixture version it added. */
    PLANOGRAM_IMPORTED,
    /** An edit of a planogram was saved as the fixture's next version. */
    PLANOGRAM_EDITED
}
