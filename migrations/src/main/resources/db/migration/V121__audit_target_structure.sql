-- Issue 14 (ASVS 5.0 V16): a refused attempt on a record of another structure is recorded with the structure that
-- owns the record, so that its coordinators (and the platform administrator) see who tried.
ALTER TABLE audit_entry ADD COLUMN target_structure_id BIGINT NULL;
CREATE INDEX ix_audit_target_structure_at ON audit_entry (target_structure_id, at);
