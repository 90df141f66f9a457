-- Certificate context: skills certificates (attestations de compétences), numbered per year, frozen snapshot,
-- signed PDF and its SHA-256, revocation and re-issue; background batches of certificates (issue 6).

CREATE TABLE certificate (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id    BIGINT        NOT NULL,
    -- public number, e.g. SIL-2026-000123
    number          VARCHAR(30)   NOT NULL,
    participant_id  BIGINT        NOT NULL,
    pathway_id      BIGINT        NOT NULL,
    issued_at       DATETIME(6)   NOT NULL,
    issued_by       VARCHAR(100)  NOT NULL,
    -- JSON of exactly what the certificate states, frozen at issue
    snapshot        LONGTEXT      NOT NULL,
    pdf             LONGBLOB      NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    status          VARCHAR(10)   NOT NULL DEFAULT 'VALID',
    revoked_at      DATETIME(6),
    revoked_by      VARCHAR(100),
    revoke_reason   VARCHAR(500),
    replaced_by_id  BIGINT,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_certificate_number UNIQUE (number),
    CONSTRAINT fk_certificate_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_certificate_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_certificate_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_certificate_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES certificate (id),
    CONSTRAINT ck_certificate_status CHECK (status IN ('VALID','REVOKED','REPLACED')),
    CONSTRAINT ck_certificate_revoked CHECK (status = 'VALID' OR (revoked_at IS NOT NULL AND revoke_reason IS NOT NULL)),
    CONSTRAINT ck_certificate_replaced CHECK (status <> 'REPLACED' OR replaced_by_id IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_certificate_structure_issued ON certificate (structure_id, issued_at);
CREATE INDEX ix_certificate_participant ON certificate (participant_id, issued_at);
CREATE INDEX ix_certificate_pathway ON certificate (pathway_id, status);
CREATE INDEX ix_certificate_sha256 ON certificate (sha256);
CREATE INDEX ix_certificate_replaced_by ON certificate (replaced_by_id);

-- Last number drawn for each year. Drawn with
--   INSERT ... VALUES (y, LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)
-- then SELECT LAST_INSERT_ID(): atomic, the row stays locked until the issuing transaction ends.
CREATE TABLE certificate_sequence (
    year        INT     NOT NULL PRIMARY KEY,
    last_value  BIGINT  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Background issue of the certificates of all exits of a period, with its progress.
CREATE TABLE certificate_batch (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id  BIGINT        NOT NULL,
    requested_by  VARCHAR(100)  NOT NULL,
    period_from   DATE          NOT NULL,
    period_to     DATE          NOT NULL,
    status        VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    total         INT           NOT NULL DEFAULT 0,
    issued        INT           NOT NULL DEFAULT 0,
    skipped       INT           NOT NULL DEFAULT 0,
    failed        INT           NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    finished_at   DATETIME(6),
    message       VARCHAR(1000),
    CONSTRAINT fk_certificate_batch_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT ck_certificate_batch_status CHECK (status IN ('PENDING','RUNNING','DONE','FAILED')),
    CONSTRAINT ck_certificate_batch_period CHECK (period_to >= period_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_certificate_batch_structure ON certificate_batch (structure_id, created_at);
