-- The cycle-count tolerance a manager sets in Settings (docs/decisions/0032-cycle-counts.md): one row
-- for the whole database, so every kiosk and back-office PC on it compares counts alike. No row means
-- the built-in default (0 units or 2 %). Portable SQL, as V1 says.
CREATE TABLE count_tolerance (
    id              INTEGER       NOT NULL,
    units           NUMERIC(12,3) NOT NULL,
    percent         NUMERIC(7,3)  NOT NULL,
    changed_by      VARCHAR(128)  NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_count_tolerance PRIMARY KEY (id),
    CONSTRAINT ck_count_tolerance_one CHECK (id = 1),
    CONSTRAINT ck_count_tolerance_range CHECK (units >= 0 AND percent >= 0 AND percent <= 100)
);
