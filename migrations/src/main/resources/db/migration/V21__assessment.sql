-- Assessment context: append-only observations and validation decisions (issue 4).

-- Evidence. Never updated nor deleted: a correction is a new row that supersedes exactly one row.
CREATE TABLE observation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid              CHAR(36)     NOT NULL,
    structure_id      BIGINT       NOT NULL,
    participant_id    BIGINT       NOT NULL,
    competency_id     BIGINT       NOT NULL,
    level_rank        INT          NOT NULL,
    observed_on       DATE         NOT NULL,
    task_record_id    BIGINT,
    observer_id       BIGINT       NOT NULL,
    note              VARCHAR(500),
    supersedes_id     BIGINT,
    correction_reason VARCHAR(500),
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    -- client-generated (tablets, REST batches): a retried batch finds its rows instead of duplicating them
    CONSTRAINT uk_observation_uuid UNIQUE (uuid),
    -- a row is superseded at most once (corrections of corrections form a chain)
    CONSTRAINT uk_observation_supersedes UNIQUE (supersedes_id),
    CONSTRAINT fk_observation_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_observation_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_observation_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT fk_observation_task_record FOREIGN KEY (task_record_id) REFERENCES task_record (id),
    CONSTRAINT fk_observation_observer FOREIGN KEY (observer_id) REFERENCES user_account (id),
    CONSTRAINT fk_observation_supersedes FOREIGN KEY (supersedes_id) REFERENCES observation (id),
    CONSTRAINT ck_observation_level CHECK (level_rank BETWEEN 0 AND 20),
    CONSTRAINT ck_observation_correction CHECK (supersedes_id IS NULL OR correction_reason IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- progress and policy queries: one participant, one criterion, by day
CREATE INDEX ix_observation_progress ON observation (participant_id, competency_id, observed_on);
CREATE INDEX ix_observation_structure_day ON observation (structure_id, observed_on);
CREATE INDEX ix_observation_competency ON observation (competency_id);
CREATE INDEX ix_observation_task_record ON observation (task_record_id);
CREATE INDEX ix_observation_observer ON observation (observer_id);

-- A decision on a criterion for a participant. Only a VALIDATED row is active; `active_flag` is NULL otherwise,
-- and NULLs are distinct in a unique key: at most one active validation per participant and criterion,
-- whatever the number of declined or revoked ones. Two concurrent validations: the second insert fails.
CREATE TABLE validation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id    BIGINT       NOT NULL,
    participant_id  BIGINT       NOT NULL,
    competency_id   BIGINT       NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    decided_by      BIGINT       NOT NULL,
    decided_at      DATETIME(6)  NOT NULL,
    note            VARCHAR(500),
    revoked_by      BIGINT,
    revoked_at      DATETIME(6),
    revoke_reason   VARCHAR(500),
    version         INT          NOT NULL DEFAULT 0,
    active_flag     TINYINT AS (CASE WHEN status = 'VALIDATED' THEN 1 ELSE NULL END) PERSISTENT,
    CONSTRAINT uk_validation_active UNIQUE (participant_id, competency_id, active_flag),
    CONSTRAINT fk_validation_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_validation_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_validation_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT fk_validation_decided_by FOREIGN KEY (decided_by) REFERENCES user_account (id),
    CONSTRAINT fk_validation_revoked_by FOREIGN KEY (revoked_by) REFERENCES user_account (id),
    CONSTRAINT ck_validation_status CHECK (status IN ('VALIDATED','DECLINED','REVOKED')),
    CONSTRAINT ck_validation_revoked CHECK (status <> 'REVOKED' OR (revoked_by IS NOT NULL AND revoked_at IS NOT NULL AND revoke_reason IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_validation_structure_status ON validation (structure_id, status, decided_at);
CREATE INDEX ix_validation_competency ON validation (competency_id);
CREATE INDEX ix_validation_decided_by ON validation (decided_by);

-- The observations a decision rests on.
CREATE TABLE validation_evidence (
    validation_id   BIGINT NOT NULL,
    observation_id  BIGINT NOT NULL,
    PRIMARY KEY (validation_id, observation_id),
    CONSTRAINT fk_vev_validation FOREIGN KEY (validation_id) REFERENCES validation (id),
    CONSTRAINT fk_vev_observation FOREIGN KEY (observation_id) REFERENCES observation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_vev_observation ON validation_evidence (observation_id);
