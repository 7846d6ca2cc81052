-- The transactional outbox: messages decided by a transaction are written with it and deleted once sent, so a
-- coordinator that dies between committing and sending leaves them here for the relay instead of losing them.
-- "seq" keeps the order in which they were decided; "doc" is the message record, "kind" names its type.

CREATE TABLE outbox (
    id         VARCHAR(64)              NOT NULL PRIMARY KEY,
    seq        BIGINT GENERATED ALWAYS AS IDENTITY,
    queue      TEXT                     NOT NULL,
    kind       VARCHAR(32)              NOT NULL,
    deliver_at TIMESTAMP WITH TIME ZONE,
    kept_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    doc        JSONB                    NOT NULL
);
CREATE INDEX outbox_seq_idx ON outbox (seq);
