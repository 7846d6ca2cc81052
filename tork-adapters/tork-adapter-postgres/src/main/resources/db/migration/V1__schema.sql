-- Tork's own schema (not the Go engine's): the immutable domain records are kept whole as JSONB documents
-- ("doc"), beside the few columns the stores filter and order by. "seq" records creation order, so rows created
-- at the same instant still come back in a stable order.
--
-- The jOOQ classes are generated from this script by DDLDatabase, which only understands portable DDL:
-- PostgreSQL-only parts (arrays, tsvector, GIN) sit between "jooq ignore" markers and are addressed by name.

CREATE TABLE jobs (
    id             VARCHAR(64)              NOT NULL PRIMARY KEY,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY,
    parent_task_id VARCHAR(64),
    name           TEXT,
    description    TEXT,
    state          VARCHAR(16)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    doc            JSONB                    NOT NULL
);
CREATE INDEX jobs_state_idx ON jobs (state);
CREATE INDEX jobs_newest_idx ON jobs (created_at DESC, seq DESC);

-- [jooq ignore start]
ALTER TABLE jobs ADD COLUMN tags TEXT[] NOT NULL DEFAULT '{}';
-- the state weighs most, then the name, then the description (reference §6.4)
ALTER TABLE jobs ADD COLUMN ts TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', state), 'A')
     || setweight(to_tsvector('english', coalesce(name, '')), 'B')
     || setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED;
CREATE INDEX jobs_ts_idx ON jobs USING GIN (ts);
CREATE INDEX jobs_tags_idx ON jobs USING GIN (tags);
-- [jooq ignore stop]

CREATE TABLE tasks (
    id          VARCHAR(64)              NOT NULL PRIMARY KEY,
    seq         BIGINT GENERATED ALWAYS AS IDENTITY,
    job_id      VARCHAR(64)              NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    parent_id   VARCHAR(64),
    position    INT                      NOT NULL,
    state       VARCHAR(16)              NOT NULL,
    node_id     VARCHAR(64),
    -- false for parallel, each and sub-job tasks, which run no container themselves
    container   BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    doc         JSONB                    NOT NULL
);
CREATE INDEX tasks_job_idx ON tasks (job_id, position, created_at, seq);
CREATE INDEX tasks_parent_state_idx ON tasks (parent_id, state);
CREATE INDEX tasks_node_state_idx ON tasks (node_id, state);
CREATE INDEX tasks_state_idx ON tasks (state);

CREATE TABLE task_log_parts (
    id          VARCHAR(64)              NOT NULL PRIMARY KEY,
    seq         BIGINT GENERATED ALWAYS AS IDENTITY,
    task_id     VARCHAR(64)              NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    part_number INT                      NOT NULL,
    contents    TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX task_log_parts_task_idx ON task_log_parts (task_id, part_number, seq);
CREATE INDEX task_log_parts_created_idx ON task_log_parts (created_at);

-- [jooq ignore start]
ALTER TABLE task_log_parts ADD COLUMN ts TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('english', coalesce(contents, ''))) STORED;
CREATE INDEX task_log_parts_ts_idx ON task_log_parts USING GIN (ts);
-- [jooq ignore stop]

CREATE TABLE nodes (
    id                VARCHAR(64)              NOT NULL PRIMARY KEY,
    name              TEXT,
    last_heartbeat_at TIMESTAMP WITH TIME ZONE,
    doc               JSONB                    NOT NULL
);
CREATE INDEX nodes_heartbeat_idx ON nodes (last_heartbeat_at);

-- an idempotency key names the job first submitted with it; the job may not be stored yet when it is claimed
CREATE TABLE idempotency_keys (
    idempotency_key VARCHAR(512)             NOT NULL PRIMARY KEY,
    job_id          VARCHAR(64)              NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
