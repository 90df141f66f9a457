-- Access context: tenants (structures), partner organisations, user accounts, audit trail.
-- Conventions for every migration of Sillon:
--   InnoDB, utf8mb4 with utf8mb4_unicode_ci (accent- and case-insensitive comparisons),
--   BIGINT AUTO_INCREMENT ids, `version` INT for optimistic locking on editable rows,
--   `structure_id` on every tenant-scoped row, an index on every column used to filter or join.

CREATE TABLE structure (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(10)  NOT NULL DEFAULT 'ACI',
    siret         VARCHAR(14),
    address       VARCHAR(300),
    city          VARCHAR(120),
    signatory_name VARCHAR(200),
    signatory_role VARCHAR(200),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_structure_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partner_organisation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    asp_code      VARCHAR(2),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_partner_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    login           VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(400) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(200),
    role            VARCHAR(20)  NOT NULL,
    structure_id    BIGINT,
    partner_organisation_id BIGINT,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6),
    last_login_at   DATETIME(6),
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_login UNIQUE (login),
    CONSTRAINT fk_user_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_user_partner FOREIGN KEY (partner_organisation_id) REFERENCES partner_organisation (id),
    CONSTRAINT ck_user_role CHECK (role IN ('ADMIN','COORDINATOR','SUPERVISOR','PARTICIPANT','REFERENT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_user_structure_role ON user_account (structure_id, role);

-- Append-only audit trail of sensitive actions and refused accesses.
CREATE TABLE audit_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    at            DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    actor_login   VARCHAR(100),
    structure_id  BIGINT,
    action        VARCHAR(60)  NOT NULL,
    target_type   VARCHAR(60),
    target_id     VARCHAR(60),
    outcome       VARCHAR(10)  NOT NULL DEFAULT 'OK',
    detail        VARCHAR(1000),
    CONSTRAINT ck_audit_outcome CHECK (outcome IN ('OK','REFUSED','FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_structure_at ON audit_entry (structure_id, at);
CREATE INDEX ix_audit_actor_at ON audit_entry (actor_login, at);
