-- Issue 14 (ASVS 5.0 V6): password lifecycle.
-- password_changed_at: when the password last changed; a web session remembers it at sign-in and ends as soon as it
--   differs (a change of one's own password, a reset by a coordinator or an administrator end every other session).
-- password_provisional_until: set when the password was given by someone else (account creation, reset): it must be
--   changed at the first sign-in and no longer opens the account after that date. NULL once the person chose one.
ALTER TABLE user_account
    ADD COLUMN password_changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ADD COLUMN password_provisional_until DATETIME(6) NULL;
