-- API tokens of field devices and scripts (issue 11). Only the SHA-256 of the random secret is stored.
-- A token expires 30 days after its last use; it is revoked by its owner, by a coordinator of the structure,
-- or when the account is disabled or its password reset.
CREATE TABLE api_token (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash      CHAR(64)     NOT NULL,
    user_account_id BIGINT       NOT NULL,
    structure_id    BIGINT,
    device          VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_used_at    DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    revoked_at      DATETIME(6),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_api_token_structure FOREIGN KEY (structure_id) REFERENCES structure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_api_token_account ON api_token (user_account_id, revoked_at);
CREATE INDEX ix_api_token_structure ON api_token (structure_id, revoked_at);

-- Failed password checks on the token endpoint, shared by every node: throttling per login and per client address.
CREATE TABLE auth_failure (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(10)  NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    at         DATETIME(6)  NOT NULL,
    CONSTRAINT ck_auth_failure_kind CHECK (kind IN ('LOGIN','ADDRESS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_auth_failure_subject_at ON auth_failure (kind, subject, at);
