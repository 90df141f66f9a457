-- Framework context: proficiency scales, competency frameworks (versioned trees of competencies),
-- and the per-framework validation policy used by the assessment context.
-- Frameworks with structure_id NULL are shipped with Sillon and shared by every structure;
-- the others are private to their structure.

CREATE TABLE scale (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    -- rank (proficiency_level.level_rank) from which a criterion counts as acquired
    acquired_rank  INT          NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_scale_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE proficiency_level (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    scale_id       BIGINT       NOT NULL,
    level_rank     INT          NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    label          VARCHAR(200) NOT NULL,
    CONSTRAINT uk_level_scale_rank UNIQUE (scale_id, level_rank),
    CONSTRAINT uk_level_scale_code UNIQUE (scale_id, code),
    CONSTRAINT fk_level_scale FOREIGN KEY (scale_id) REFERENCES scale (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    fw_version     VARCHAR(20)  NOT NULL,
    title          VARCHAR(300) NOT NULL,
    source         VARCHAR(500),
    status         VARCHAR(12)  NOT NULL DEFAULT 'DRAFT',
    -- NULL = shipped with Sillon, shared by all structures; else private to that structure
    structure_id   BIGINT,
    scale_id       BIGINT       NOT NULL,
    published_at   DATETIME(6),
    created_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT          NOT NULL DEFAULT 0,
    -- NULLs never collide in a UNIQUE key: this generated column makes (code, fw_version) unique
    -- among shared frameworks as well as within each structure. Not mapped by JPA.
    structure_key  BIGINT AS (COALESCE(structure_id, 0)) PERSISTENT,
    CONSTRAINT uk_framework_code_version UNIQUE (code, fw_version, structure_key),
    CONSTRAINT fk_framework_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_framework_scale FOREIGN KEY (scale_id) REFERENCES scale (id),
    CONSTRAINT ck_framework_status CHECK (status IN ('DRAFT','PUBLISHED','RETIRED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_framework_structure_status ON framework (structure_id, status);
CREATE INDEX ix_framework_code ON framework (code, fw_version);

CREATE TABLE competency (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    framework_id   BIGINT        NOT NULL,
    parent_id      BIGINT,
    -- official numbering: 1, 1.3, 1.3.4, C5...
    code           VARCHAR(20)   NOT NULL,
    kind           VARCHAR(12)   NOT NULL,
    title          VARCHAR(500)  NOT NULL,
    description    VARCHAR(2000),
    -- order among siblings
    position       INT           NOT NULL DEFAULT 0,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_competency_framework_code UNIQUE (framework_id, code),
    CONSTRAINT fk_competency_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT fk_competency_parent FOREIGN KEY (parent_id) REFERENCES competency (id),
    CONSTRAINT ck_competency_kind CHECK (kind IN ('DOMAIN','SUBDOMAIN','CRITERION','ITEM'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_competency_framework_parent ON competency (framework_id, parent_id, position);
CREATE INDEX ix_competency_framework_kind ON competency (framework_id, kind);
CREATE INDEX ix_competency_parent ON competency (parent_id);

CREATE TABLE validation_policy (
    framework_id        BIGINT  NOT NULL PRIMARY KEY,
    min_observations    INT     NOT NULL DEFAULT 3,
    min_distinct_days   INT     NOT NULL DEFAULT 2,
    latest_at_or_above  BOOLEAN NOT NULL DEFAULT TRUE,
    version             INT     NOT NULL DEFAULT 0,
    CONSTRAINT fk_policy_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT ck_policy_minimums CHECK (min_observations >= 1 AND min_distinct_days >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Default scale, suited to observation at work; a criterion counts as acquired from « Autonome ».
INSERT INTO scale (code, title, acquired_rank) VALUES ('OBSERVATION', 'Observation en situation de travail', 3);
SET @scale = LAST_INSERT_ID();
INSERT INTO proficiency_level (scale_id, level_rank, code, label) VALUES
    (@scale, 0, 'NOT_OBSERVED', 'Non observé'),
    (@scale, 1, 'DISCOVERY',    'Découverte'),
    (@scale, 2, 'WITH_HELP',    'Avec aide'),
    (@scale, 3, 'AUTONOMOUS',   'Autonome'),
    (@scale, 4, 'MASTERY',      'Maîtrise (peut transmettre)');
