-- Certificates carry a secret verification code beside their number (issue 14 §2): without it the public page says
-- nothing about the holder. Certificates issued before get a random code (hex digits are in Crockford's alphabet);
-- (only demo and test databases hold such certificates: Sillon had no real use before this version).
ALTER TABLE certificate ADD COLUMN verification_code CHAR(11) NULL AFTER number;
UPDATE certificate SET verification_code = CONCAT(SUBSTRING(HEX(RANDOM_BYTES(5)), 1, 5), '-',
                                                  SUBSTRING(HEX(RANDOM_BYTES(5)), 1, 5));
ALTER TABLE certificate MODIFY verification_code CHAR(11) NOT NULL;
