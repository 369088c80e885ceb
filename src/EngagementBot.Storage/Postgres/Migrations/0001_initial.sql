-- Schema version 1 (PostgreSQL). Every timestamp column ends in _ms and holds Unix time in milliseconds, UTC.
-- Columns the SQLite schema compares ignoring letter case are matched here through lower(...) indexes.

-- Conversations the bot has been part of, to send into them again later (proactive messages).
CREATE TABLE conversation_references (
    channel_id          TEXT    NOT NULL,
    conversation_id     TEXT    NOT NULL,
    service_url         TEXT    NOT NULL,
    kind                TEXT    NOT NULL CHECK (kind IN ('personal', 'groupChat', 'channel')),
    tenant_id           TEXT,
    bot_id              TEXT    NOT NULL,
    bot_name            TEXT,
    user_id             TEXT,
    user_aad_object_id  TEXT,
    team_id             TEXT,
    teams_channel_id    TEXT,
    first_seen_at_ms    BIGINT  NOT NULL,
    last_seen_at_ms     BIGINT  NOT NULL,
    PRIMARY KEY (channel_id, conversation_id)
);

CREATE INDEX ix_conversation_references_personal_user
    ON conversation_references (lower(user_aad_object_id), last_seen_at_ms)
    WHERE kind = 'personal';

-- (conversation, activity id) pairs already handled: the channel redelivers.
CREATE TABLE processed_activities (
    conversation_key    TEXT    NOT NULL,
    activity_id         TEXT    NOT NULL,
    processed_at_ms     BIGINT  NOT NULL,
    PRIMARY KEY (conversation_key, activity_id)
);

CREATE INDEX ix_processed_activities_processed_at
    ON processed_activities (processed_at_ms);

-- Opaque dialog state documents with an optimistic-concurrency version (1, 2, 3…).
CREATE TABLE dialog_states (
    state_key           TEXT    NOT NULL PRIMARY KEY,
    json                TEXT    NOT NULL,
    version             BIGINT  NOT NULL CHECK (version > 0),
    updated_at_ms       BIGINT  NOT NULL
);

-- Notifications waiting to be delivered. A pending row with lease_until_ms in the future is
-- being worked on by lease_owner; once the lease ends any dispatcher may claim it again.
CREATE TABLE outbox_messages (
    id                  UUID    NOT NULL PRIMARY KEY,
    kind                TEXT    NOT NULL,
    payload             TEXT    NOT NULL,
    correlation_id      TEXT,
    status              TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts            INTEGER NOT NULL,
    last_error          TEXT,
    created_at_ms       BIGINT  NOT NULL,
    next_attempt_at_ms  BIGINT  NOT NULL,
    lease_owner         TEXT,
    lease_until_ms      BIGINT,
    completed_at_ms     BIGINT
);

CREATE INDEX ix_outbox_messages_due
    ON outbox_messages (next_attempt_at_ms, created_at_ms)
    WHERE status = 'pending';
