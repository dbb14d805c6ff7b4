-- The assistant's prompt versions an administrator wrote (com.storedesk.assist.prompt,
-- docs/decisions/0017-masking-and-fallback.md). Portable SQL, like V1: runs unchanged on H2 2.x
-- and PostgreSQL 15+.
--
-- The defaults ship in the application (assist/prompts/<id>.v<N>.txt) and are not copied here.
-- An edit adds a row with the next version of its prompt; rows are never changed or deleted, so
-- every version a model call cites in the audit trail can still be read. The newest row of a
-- prompt, when it has one, is the prompt in force.
CREATE TABLE prompt_template (
    prompt_id   VARCHAR(64)    NOT NULL,
    version     INTEGER        NOT NULL,
    body        VARCHAR(16000) NOT NULL,
    created_by  VARCHAR(128)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_prompt_template PRIMARY KEY (prompt_id, version),
    CONSTRAINT ck_prompt_template_version CHECK (version >= 1)
);
