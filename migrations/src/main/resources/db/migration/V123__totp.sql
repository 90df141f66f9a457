-- Issue 14, point 5: a second factor (TOTP, RFC 6238) for coordinators and administrators.
-- totp_secret: base-32 secret of the person's authenticator application (set once the first code was right);
-- totp_last_step: the last 30-second step accepted (a code serves once).
ALTER TABLE user_account
    ADD COLUMN totp_secret VARCHAR(64) NULL,
    ADD COLUMN totp_enabled_at DATETIME(6) NULL,
    ADD COLUMN totp_last_step BIGINT NULL;

-- Recovery codes: only their SHA-256, each used once.
CREATE TABLE totp_recovery_code (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_account_id BIGINT      NOT NULL,
    code_hash       CHAR(64)    NOT NULL,
    used_at         DATETIME(6),
    CONSTRAINT uk_totp_recovery UNIQUE (user_account_id, code_hash),
    CONSTRAINT fk_totp_recovery_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The structure's setting: its coordinators must use the second factor.
ALTER TABLE structure ADD COLUMN totp_required BOOLEAN NOT NULL DEFAULT FALSE;
