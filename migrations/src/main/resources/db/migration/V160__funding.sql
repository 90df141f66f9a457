-- Issue 19, what funders ask for: hours worked and absences per participant per month (entered or imported from
-- the payroll / time sheets), the situation 6 months after exit, and how each barrier was supported (inside the
-- structure, outside, both) for the ASP's déclaration d'accompagnement. Pathway tables are only referenced.

CREATE TABLE funding_month_hours (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id            BIGINT       NOT NULL,
    pathway_id              BIGINT       NOT NULL,
    month_start             DATE         NOT NULL,
    worked_hours            DECIMAL(6,2) NOT NULL,
    absence_health          DECIMAL(6,2) NOT NULL DEFAULT 0,
    absence_administrative  DECIMAL(6,2) NOT NULL DEFAULT 0,
    absence_childcare       DECIMAL(6,2) NOT NULL DEFAULT 0,
    absence_transport       DECIMAL(6,2) NOT NULL DEFAULT 0,
    absence_other           DECIMAL(6,2) NOT NULL DEFAULT 0,
    source                  VARCHAR(10)  NOT NULL,
    recorded_by             VARCHAR(100) NOT NULL,
    recorded_at             DATETIME(6)  NOT NULL,
    version                 INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_funding_hours_month UNIQUE (pathway_id, month_start),
    CONSTRAINT fk_funding_hours_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_funding_hours_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT ck_funding_hours_day CHECK (DAYOFMONTH(month_start) = 1),
    CONSTRAINT ck_funding_hours_source CHECK (source IN ('ENTRY','IMPORT')),
    CONSTRAINT ck_funding_hours_positive CHECK (worked_hours >= 0 AND absence_health >= 0 AND absence_administrative >= 0
        AND absence_childcare >= 0 AND absence_transport >= 0 AND absence_other >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_funding_hours_structure_month ON funding_month_hours (structure_id, month_start);

CREATE TABLE funding_after_exit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id  BIGINT       NOT NULL,
    pathway_id    BIGINT       NOT NULL,
    situation     VARCHAR(30)  NOT NULL,
    contacted_on  DATE         NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_funding_after_exit_pathway UNIQUE (pathway_id),
    CONSTRAINT fk_funding_after_exit_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_funding_after_exit_situation CHECK (situation IN ('CDI','FIXED_TERM_6_MONTHS_OR_MORE',
        'FIXED_TERM_UNDER_6_MONTHS','SUBSIDISED_CONTRACT','BUSINESS_CREATION','OTHER_SIAE','TRAINING','JOB_SEEKING',
        'INACTIVE','UNREACHABLE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_funding_after_exit_structure ON funding_after_exit (structure_id, contacted_on);

CREATE TABLE funding_barrier_support (
    barrier_id    BIGINT      NOT NULL PRIMARY KEY,
    structure_id  BIGINT      NOT NULL,
    inside        BOOLEAN     NOT NULL DEFAULT FALSE,
    outside       BOOLEAN     NOT NULL DEFAULT FALSE,
    version       INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_funding_support_barrier FOREIGN KEY (barrier_id) REFERENCES barrier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_funding_support_structure ON funding_barrier_support (structure_id);
