-- The field app (issue 11): a task record created offline on a tablet carries the UUID its device gave it, so that
-- sending it again (the network dropped before the answer) finds the same record instead of recording it twice.
ALTER TABLE task_record ADD COLUMN client_uuid CHAR(36) NULL;
ALTER TABLE task_record ADD CONSTRAINT uk_task_record_client_uuid UNIQUE (structure_id, client_uuid);

-- The day read of the field app (the latest observations of the day's participants) uses
-- ix_observation_participant_day (participant_id, observed_on, created_at), created by V130 with the read model.
