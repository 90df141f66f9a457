-- Activity context: sites, teams, the task catalogue and the day's work (issue 4).
-- Depends on user_account (V1), participant (pathway, V10+) and competency (framework, V2+).

CREATE TABLE site (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id  BIGINT       NOT NULL,
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    address       VARCHAR(300),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_site_structure_name UNIQUE (structure_id, name),
    CONSTRAINT fk_site_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT ck_site_kind CHECK (kind IN ('JARDIN','PARCELLE','SERRE','CHANTIER','ESPACE_VERT','ATELIER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE team (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id  BIGINT       NOT NULL,
    name          VARCHAR(120) NOT NULL,
    supervisor_id BIGINT       NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_team_structure_name UNIQUE (structure_id, name),
    CONSTRAINT fk_team_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_team_supervisor FOREIGN KEY (supervisor_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_team_supervisor ON team (supervisor_id);

CREATE TABLE team_member (
    team_id         BIGINT NOT NULL,
    participant_id  BIGINT NOT NULL,
    PRIMARY KEY (team_id, participant_id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_member_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_team_member_participant ON team_member (participant_id);

-- structure_id NULL = the catalogue shipped with Sillon (read-only); otherwise a structure's own task type.
CREATE TABLE task_type (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id  BIGINT,
    code          VARCHAR(40),
    name          VARCHAR(150)  NOT NULL,
    description   VARCHAR(1000),
    site_kind     VARCHAR(20),
    season        VARCHAR(20)   NOT NULL DEFAULT 'ALL_YEAR',
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_task_type_code UNIQUE (code),
    CONSTRAINT fk_task_type_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT ck_task_type_site_kind CHECK (site_kind IS NULL OR site_kind IN ('JARDIN','PARCELLE','SERRE','CHANTIER','ESPACE_VERT','ATELIER')),
    CONSTRAINT ck_task_type_season CHECK (season IN ('ALL_YEAR','SPRING','SUMMER','AUTUMN','WINTER','SPRING_SUMMER','SUMMER_AUTUMN','AUTUMN_WINTER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_task_type_structure_name ON task_type (structure_id, name);

CREATE TABLE task_type_criterion (
    task_type_id   BIGINT NOT NULL,
    competency_id  BIGINT NOT NULL,
    PRIMARY KEY (task_type_id, competency_id),
    CONSTRAINT fk_ttc_task_type FOREIGN KEY (task_type_id) REFERENCES task_type (id) ON DELETE CASCADE,
    CONSTRAINT fk_ttc_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ttc_competency ON task_type_criterion (competency_id);

-- A task done on a day, on a site, by participants under a supervisor.
CREATE TABLE task_record (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id     BIGINT       NOT NULL,
    performed_on     DATE         NOT NULL,
    site_id          BIGINT       NOT NULL,
    task_type_id     BIGINT       NOT NULL,
    team_id          BIGINT,
    duration_minutes INT          NOT NULL,
    supervisor_id    BIGINT       NOT NULL,
    note             VARCHAR(500),
    created_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_task_record_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_task_record_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_task_record_task_type FOREIGN KEY (task_type_id) REFERENCES task_type (id),
    CONSTRAINT fk_task_record_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_task_record_supervisor FOREIGN KEY (supervisor_id) REFERENCES user_account (id),
    CONSTRAINT ck_task_record_duration CHECK (duration_minutes BETWEEN 1 AND 720)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_task_record_structure_day ON task_record (structure_id, performed_on);
CREATE INDEX ix_task_record_supervisor_day ON task_record (supervisor_id, performed_on);
CREATE INDEX ix_task_record_site ON task_record (site_id);
CREATE INDEX ix_task_record_task_type ON task_record (task_type_id);
CREATE INDEX ix_task_record_team ON task_record (team_id);

CREATE TABLE task_record_participant (
    task_record_id  BIGINT NOT NULL,
    participant_id  BIGINT NOT NULL,
    PRIMARY KEY (task_record_id, participant_id),
    CONSTRAINT fk_trp_task_record FOREIGN KEY (task_record_id) REFERENCES task_record (id) ON DELETE CASCADE,
    CONSTRAINT fk_trp_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_trp_participant ON task_record_participant (participant_id);
