-- Issue 17: background work claimed in the database, so that on N nodes it runs once and resumes when its node dies.
-- A certificate batch is held by the node that runs it (claimed_by) as long as it beats (heartbeat_at, each item);
-- a batch whose heartbeat is older than the lease is taken over by another node.
ALTER TABLE certificate_batch ADD COLUMN claimed_by VARCHAR(100) NULL, ADD COLUMN heartbeat_at DATETIME(6) NULL;
CREATE INDEX ix_certificate_batch_unfinished ON certificate_batch (status, heartbeat_at);

-- One row per run of a scheduled job (the nightly anonymisation): inserted in the job's own transaction, so that one
-- node runs it; if that node dies, its transaction rolls back and the row with it, and another node may run the job.
CREATE TABLE job_run (
    job        VARCHAR(40)  NOT NULL,
    run_on     DATE         NOT NULL,
    node       VARCHAR(100) NOT NULL,
    started_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (job, run_on)
);
