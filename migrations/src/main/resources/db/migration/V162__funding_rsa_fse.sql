-- Issue 19, what is left of what funders ask for: appointments proposed to an RSA beneficiary and whether they
-- were attended, referent check-ins (a note flagged shareable or not), the FSE+ participant file (entry questionnaire,
-- exit situation within four weeks) and the ASP objective and type of a training. Pathway tables are only referenced.

CREATE TABLE funding_appointment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id   BIGINT       NOT NULL,
    pathway_id     BIGINT       NOT NULL,
    proposed_for   DATE         NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    outcome        VARCHAR(12)  NOT NULL,
    missed_reason  VARCHAR(20),
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_funding_appointment_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_funding_appointment_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT ck_funding_appointment_kind CHECK (kind IN ('RSA_REFERENT','CIP','FRANCE_TRAVAIL','COLLECTIVE','OTHER')),
    CONSTRAINT ck_funding_appointment_outcome CHECK (outcome IN ('PROPOSED','ATTENDED','MISSED','CANCELLED')),
    CONSTRAINT ck_funding_appointment_reason CHECK ((outcome = 'MISSED') = (missed_reason IS NOT NULL)),
    CONSTRAINT ck_funding_appointment_reason_list CHECK (missed_reason IS NULL OR missed_reason IN
        ('HEALTH','ADMINISTRATIVE','CHILDCARE','TRANSPORT','OTHER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_funding_appointment_pathway ON funding_appointment (pathway_id, proposed_for);
CREATE INDEX ix_funding_appointment_structure ON funding_appointment (structure_id, proposed_for);

CREATE TABLE funding_checkin (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id   BIGINT       NOT NULL,
    pathway_id     BIGINT       NOT NULL,
    held_on        DATE         NOT NULL,
    referent_name  VARCHAR(200) NOT NULL,
    note           VARCHAR(500),
    shareable      BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_funding_checkin_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_funding_checkin_structure FOREIGN KEY (structure_id) REFERENCES structure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_funding_checkin_pathway ON funding_checkin (pathway_id, held_on);
CREATE INDEX ix_funding_checkin_structure ON funding_checkin (structure_id, held_on);

CREATE TABLE funding_fse_file (
    pathway_id        BIGINT       NOT NULL PRIMARY KEY,
    structure_id      BIGINT       NOT NULL,
    labour_status     VARCHAR(30),
    household         VARCHAR(30),
    disability        VARCHAR(12),
    entry_recorded_on DATE,
    exit_situation    VARCHAR(30),
    exit_recorded_on  DATE,
    recorded_by       VARCHAR(100) NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_funding_fse_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_funding_fse_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT ck_funding_fse_labour CHECK (labour_status IS NULL OR labour_status IN ('UNEMPLOYED',
        'LONG_TERM_UNEMPLOYED','INACTIVE','EMPLOYED')),
    CONSTRAINT ck_funding_fse_household CHECK (household IS NULL OR household IN ('ALONE','SINGLE_PARENT',
        'COUPLE_WITH_CHILDREN','COUPLE_WITHOUT_CHILDREN','OTHER')),
    CONSTRAINT ck_funding_fse_disability CHECK (disability IS NULL OR disability IN ('YES','NO','DECLINED')),
    CONSTRAINT ck_funding_fse_exit CHECK (exit_situation IS NULL OR exit_situation IN ('JOB_SEEKING',
        'EDUCATION_OR_TRAINING','QUALIFICATION','EMPLOYMENT','INACTIVE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_funding_fse_structure ON funding_fse_file (structure_id);

CREATE TABLE funding_training_asp (
    training_id    BIGINT       NOT NULL PRIMARY KEY,
    structure_id   BIGINT       NOT NULL,
    objective      VARCHAR(30),
    training_type  VARCHAR(30),
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_funding_training_asp_training FOREIGN KEY (training_id) REFERENCES training (id) ON DELETE CASCADE,
    CONSTRAINT fk_funding_training_asp_structure FOREIGN KEY (structure_id) REFERENCES structure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_funding_training_asp_structure ON funding_training_asp (structure_id);
