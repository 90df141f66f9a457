-- Pathway context: participants (salariés en parcours), their stays (pathways) in a structure, CDDI contracts,
-- follow-up (interviews, barriers), immersions (PMSMP), trainings, exits and partner referents' assignments.
-- Sensitive columns (RGPD art. 9/10: health, RQTH, justice) are marked "sensitive" and only shown to coordinators.

CREATE TABLE participant (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id        BIGINT       NOT NULL,
    user_account_id     BIGINT,
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    birth_date          DATE,
    email               VARCHAR(200),
    phone               VARCHAR(30),
    address             VARCHAR(300),
    postal_code         VARCHAR(10),
    city                VARCHAR(120),
    education_level     VARCHAR(2),
    france_travail_id   VARCHAR(20),
    pass_iae_number     VARCHAR(12),
    pass_iae_start      DATE,
    pass_iae_end        DATE,
    prescriber_kind     VARCHAR(30),
    prescriber_asp_code VARCHAR(2),
    prescriber_name     VARCHAR(200),
    rqth                BOOLEAN      NOT NULL DEFAULT FALSE, -- sensitive (health)
    anonymised          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at          DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_participant_account UNIQUE (user_account_id),
    CONSTRAINT fk_participant_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_participant_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT ck_participant_education CHECK (education_level IS NULL OR education_level IN
        ('00','01','10','20','30','40','41','50','51','60','70'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_participant_structure_name ON participant (structure_id, last_name, first_name);
CREATE INDEX ix_participant_structure_pass_end ON participant (structure_id, pass_iae_end);

-- Eligibility criteria of the diagnosis (Plateforme de l'inclusion codes: RSA, ASS, AAH, DETLD, CAP_BEP, ...).
-- TH and DETENTION_MJ are sensitive.
CREATE TABLE participant_criterion (
    participant_id BIGINT      NOT NULL,
    criterion      VARCHAR(20) NOT NULL,
    PRIMARY KEY (participant_id, criterion),
    CONSTRAINT fk_criterion_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One stay of a participant in the structure.
CREATE TABLE pathway (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id    BIGINT      NOT NULL,
    participant_id  BIGINT      NOT NULL,
    entry_date      DATE        NOT NULL,
    status          VARCHAR(10) NOT NULL DEFAULT 'ACTIVE',
    supervisor_id   BIGINT,
    coordinator_id  BIGINT,
    created_at      DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version         INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_pathway_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_pathway_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_pathway_supervisor FOREIGN KEY (supervisor_id) REFERENCES user_account (id),
    CONSTRAINT fk_pathway_coordinator FOREIGN KEY (coordinator_id) REFERENCES user_account (id),
    CONSTRAINT ck_pathway_status CHECK (status IN ('ACTIVE','EXITED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pathway_structure_status ON pathway (structure_id, status);
CREATE INDEX ix_pathway_structure_entry ON pathway (structure_id, entry_date);
CREATE INDEX ix_pathway_participant ON pathway (participant_id);
CREATE INDEX ix_pathway_supervisor ON pathway (supervisor_id);
CREATE INDEX ix_pathway_coordinator ON pathway (coordinator_id);

-- CDDI contracts: the initial contract and its renewals (avenants), with the exception that allows a
-- duration outside the ordinary limits and the préfet's derogation to the 20 h/week minimum.
CREATE TABLE contract (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id          BIGINT       NOT NULL,
    pathway_id            BIGINT       NOT NULL,
    kind                  VARCHAR(10)  NOT NULL,
    start_date            DATE         NOT NULL,
    planned_end           DATE         NOT NULL,
    weekly_hours          DECIMAL(4,2) NOT NULL,
    exception_kind        VARCHAR(30)  NOT NULL DEFAULT 'NONE',
    training_end          DATE,
    hours_derogation      BOOLEAN      NOT NULL DEFAULT FALSE,
    derogation_reference  VARCHAR(100),
    created_by            VARCHAR(100),
    created_at            DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_contract_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_contract_kind CHECK (kind IN ('INITIAL','RENEWAL')),
    CONSTRAINT ck_contract_exception CHECK (exception_kind IN
        ('NONE','TRAINING_IN_PROGRESS','SENIOR_OR_RQTH','PARTICULAR_DIFFICULTIES','SENTENCE_ADJUSTMENT')),
    CONSTRAINT ck_contract_dates CHECK (planned_end >= start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_contract_pathway_start ON contract (pathway_id, start_date);
CREATE INDEX ix_contract_structure_end ON contract (structure_id, planned_end);
CREATE INDEX ix_contract_structure_start ON contract (structure_id, start_date);

CREATE TABLE interview (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id  BIGINT        NOT NULL,
    pathway_id    BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    held_on       DATE          NOT NULL,
    author_id     BIGINT        NOT NULL,
    summary       VARCHAR(1000),
    private_notes VARCHAR(4000), -- CIP's private notes: coordinators only
    created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_interview_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_interview_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_interview_kind CHECK (kind IN ('ACCUEIL','SUIVI','BILAN_INTERMEDIAIRE','BILAN_SORTIE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_interview_pathway_date ON interview (pathway_id, held_on);
CREATE INDEX ix_interview_structure_date ON interview (structure_id, held_on);
CREATE INDEX ix_interview_author ON interview (author_id);

CREATE TABLE interview_action (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    interview_id  BIGINT       NOT NULL,
    label         VARCHAR(300) NOT NULL,
    due_date      DATE,
    status        VARCHAR(12)  NOT NULL DEFAULT 'PLANNED',
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_interview_action_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT ck_interview_action_status CHECK (status IN ('PLANNED','IN_PROGRESS','DONE','CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_interview_action_interview ON interview_action (interview_id);

-- Freins périphériques. HEALTH, JUSTICE and DISABILITY are sensitive: detail only for coordinators.
CREATE TABLE barrier (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id   BIGINT        NOT NULL,
    pathway_id     BIGINT        NOT NULL,
    category       VARCHAR(20)   NOT NULL,
    status         VARCHAR(10)   NOT NULL DEFAULT 'IDENTIFIE',
    is_sensitive   BOOLEAN       NOT NULL DEFAULT FALSE,
    detail         VARCHAR(2000),
    identified_on  DATE          NOT NULL,
    lifted_on      DATE,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_barrier_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_barrier_status CHECK (status IN ('IDENTIFIE','EN_COURS','LEVE')),
    CONSTRAINT ck_barrier_category CHECK (category IN ('BASIC_SKILLS','ADMINISTRATIVE','HOUSING','MOBILITY',
        'HEALTH','JUSTICE','FINANCES','AVAILABILITY','DISABILITY','DIGITAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_barrier_pathway ON barrier (pathway_id);
CREATE INDEX ix_barrier_structure_status ON barrier (structure_id, status);

CREATE TABLE barrier_action (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    barrier_id  BIGINT       NOT NULL,
    label       VARCHAR(300) NOT NULL,
    due_date    DATE,
    status      VARCHAR(12)  NOT NULL DEFAULT 'PLANNED',
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_barrier_action_barrier FOREIGN KEY (barrier_id) REFERENCES barrier (id),
    CONSTRAINT ck_barrier_action_status CHECK (status IN ('PLANNED','IN_PROGRESS','DONE','CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_barrier_action_barrier ON barrier_action (barrier_id);

-- PMSMP (période de mise en situation en milieu professionnel).
CREATE TABLE immersion (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id  BIGINT        NOT NULL,
    pathway_id    BIGINT        NOT NULL,
    host_name     VARCHAR(200)  NOT NULL,
    host_siret    VARCHAR(14),
    start_date    DATE          NOT NULL,
    end_date      DATE          NOT NULL,
    objective     VARCHAR(20)   NOT NULL,
    objective_detail VARCHAR(500),
    outcome       VARCHAR(20),
    outcome_note  VARCHAR(1000),
    renewal_of_id BIGINT,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_immersion_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_immersion_renewal FOREIGN KEY (renewal_of_id) REFERENCES immersion (id),
    CONSTRAINT uk_immersion_renewal UNIQUE (renewal_of_id),
    CONSTRAINT ck_immersion_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_immersion_objective CHECK (objective IN ('DISCOVER_TRADE','CONFIRM_PROJECT','START_RECRUITMENT')),
    CONSTRAINT ck_immersion_outcome CHECK (outcome IS NULL OR outcome IN
        ('OBJECTIVES_MET','PARTIALLY_MET','NOT_MET','HIRING_PROPOSED','INTERRUPTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_immersion_pathway_start ON immersion (pathway_id, start_date);
CREATE INDEX ix_immersion_structure_start ON immersion (structure_id, start_date);

-- Trainings: SST (initial 14 h / MAC 7 h, valid 24 months), CléA evaluations, other trainings.
CREATE TABLE training (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id      BIGINT        NOT NULL,
    pathway_id        BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    title             VARCHAR(200),
    organisation      VARCHAR(200),
    start_date        DATE,
    end_date          DATE,
    hours             DECIMAL(6,2),
    certificate_date  DATE,
    expires_on        DATE,
    certificate_ref   VARCHAR(100),
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_training_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_training_kind CHECK (kind IN ('SST_INITIAL','SST_MAC','CLEA_PREALABLE','CLEA_FINALE','OTHER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_training_pathway ON training (pathway_id);
CREATE INDEX ix_training_structure_expiry ON training (structure_id, expires_on);
CREATE INDEX ix_training_structure_end ON training (structure_id, end_date);

-- CléA evaluation result for each of the 7 domains.
CREATE TABLE training_clea_result (
    training_id    BIGINT      NOT NULL,
    domain_number  INT         NOT NULL,
    result         VARCHAR(12) NOT NULL,
    PRIMARY KEY (training_id, domain_number),
    CONSTRAINT fk_clea_result_training FOREIGN KEY (training_id) REFERENCES training (id) ON DELETE CASCADE,
    CONSTRAINT ck_clea_domain CHECK (domain_number BETWEEN 1 AND 7),
    CONSTRAINT ck_clea_result CHECK (result IN ('ACQUIRED','PARTIAL','NOT_ACQUIRED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Exit of a pathway: ASP motive and the DREETS category computed from it (stored for reporting).
CREATE TABLE pathway_exit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id  BIGINT       NOT NULL,
    pathway_id    BIGINT       NOT NULL,
    exit_date     DATE         NOT NULL,
    motive        VARCHAR(40)  NOT NULL,
    asp_code      VARCHAR(3)   NOT NULL,
    category      VARCHAR(20)  NOT NULL,
    comment       VARCHAR(1000),
    recorded_by   VARCHAR(100),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_exit_pathway UNIQUE (pathway_id),
    CONSTRAINT fk_exit_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_exit_category CHECK (category IN
        ('EMPLOI_DURABLE','EMPLOI_TRANSITION','SORTIE_POSITIVE','AUTRE_SORTIE','RETRAIT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_exit_structure_date ON pathway_exit (structure_id, exit_date);

-- A partner referent (role REFERENT) reads the summary of the pathways assigned to them (with consent).
CREATE TABLE referent_assignment (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    pathway_id           BIGINT       NOT NULL,
    referent_id          BIGINT       NOT NULL,
    consent_recorded_on  DATE         NOT NULL,
    barriers_consent     BOOLEAN      NOT NULL DEFAULT FALSE,
    assigned_by          VARCHAR(100) NOT NULL,
    assigned_at          DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    removed_at           DATETIME(6),
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_referent_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_referent_account FOREIGN KEY (referent_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_referent_assignment_referent ON referent_assignment (referent_id, removed_at);
CREATE INDEX ix_referent_assignment_pathway ON referent_assignment (pathway_id);
