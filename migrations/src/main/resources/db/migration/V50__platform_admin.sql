-- Platform administration (issue 10, point 4): what a real structure and a partner organisation need.
ALTER TABLE structure
    ADD COLUMN annexe_financiere   VARCHAR(40),
    ADD COLUMN agreed_capacity_etp DECIMAL(7,2),
    ADD COLUMN closed_at           DATETIME(6);
-- Several structures may still have no SIRET (NULLs are distinct); a given SIRET belongs to one structure.
CREATE UNIQUE INDEX uk_structure_siret ON structure (siret);
CREATE INDEX ix_structure_name ON structure (name);

ALTER TABLE partner_organisation
    ADD COLUMN city   VARCHAR(120),
    ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

CREATE INDEX ix_user_role_login ON user_account (role, login);
