-- Scheduled jobs, the link from each job to the scheduled job that created it, the expiry column the cleanup of
-- finished jobs selects on, and the check value that tells whether stored secrets were encrypted with the key a
-- process is configured with.

CREATE TABLE scheduled_jobs (
    id          VARCHAR(64)              NOT NULL PRIMARY KEY,
    seq         BIGINT GENERATED ALWAYS AS IDENTITY,
    name        TEXT,
    state       VARCHAR(16)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the tick at which the next job is due; claimed by moving it on, so only one coordinator fires a tick
    next_run_at TIMESTAMP WITH TIME ZONE,
    doc         JSONB                    NOT NULL
);
CREATE INDEX scheduled_jobs_due_idx ON scheduled_jobs (state, next_run_at);
CREATE INDEX scheduled_jobs_newest_idx ON scheduled_jobs (created_at DESC, seq DESC);

-- deleting a scheduled job deletes the jobs it created (and through them their tasks and logs)
ALTER TABLE jobs ADD COLUMN scheduled_job_id VARCHAR(64) REFERENCES scheduled_jobs (id) ON DELETE CASCADE;
ALTER TABLE jobs ADD COLUMN delete_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX jobs_scheduled_job_idx ON jobs (scheduled_job_id);
CREATE INDEX jobs_delete_at_idx ON jobs (delete_at);

-- [jooq ignore start]
-- jobs stored before this migration have their expiry in the document only
UPDATE jobs SET delete_at = (doc ->> 'deleteAt')::timestamptz WHERE doc ? 'deleteAt';
-- [jooq ignore stop]

-- one row once secrets are encrypted: a known text encrypted with the key, so a process started with another key,
-- or with none, is refused at start-up instead of failing on the first secret it reads
CREATE TABLE encryption_check (
    id          INT  NOT NULL PRIMARY KEY,
    check_value TEXT NOT NULL
);
