-- Schema version 5 (PostgreSQL): lone-worker sessions and safety alerts, each with an append-only audit
-- trail. Changes are compare-and-set on version (the store writes version n+1 only over version n; a
-- trigger refuses any other step, whoever writes). Who, where and which case are fixed once stored;
-- nothing here is ever deleted. Person ids, teams and case references are matched through lower(...).

CREATE TABLE sessions (
    id                      UUID    NOT NULL PRIMARY KEY,
    plan_id                 UUID,
    -- Pseudonymous case reference.
    case_reference          TEXT    NOT NULL,
    team                    TEXT    NOT NULL,
    -- The worker, as the authenticated channel reported them, and their 1:1 chat with the bot.
    worker_aad_object_id    TEXT    NOT NULL,
    worker_user_id          TEXT    NOT NULL,
    worker_channel_id       TEXT    NOT NULL,
    worker_conversation_id  TEXT    NOT NULL,
    worker_name             TEXT,
    -- Where they went and how to reach them (shown only to people on the escalation ladder).
    venue                   TEXT    NOT NULL,
    location                TEXT,
    contact_phone           TEXT,
    visit_at_ms             BIGINT  NOT NULL,
    due_back_at_ms          BIGINT  NOT NULL,
    deadline_version        INTEGER NOT NULL CHECK (deadline_version >= 0),
    state                   TEXT    NOT NULL CHECK (state IN ('planned', 'on-site', 'closed')),
    overdue                 TEXT    NOT NULL CHECK (overdue IN ('none', 'prompted', 'escalated')),
    arrived_at_ms           BIGINT,
    closed_at_ms            BIGINT,
    closed_by               TEXT,
    alert_id                UUID,
    card_activity_id        TEXT,
    created_at_ms           BIGINT  NOT NULL,
    version                 INTEGER NOT NULL CHECK (version >= 0),
    CHECK (due_back_at_ms > visit_at_ms),
    CHECK ((state = 'closed') = (closed_at_ms IS NOT NULL))
);

-- Open sessions by worker, by team and by visit start, the soonest deadline first.
CREATE INDEX ix_sessions_open_worker ON sessions (lower(worker_aad_object_id), due_back_at_ms) WHERE state <> 'closed';
CREATE INDEX ix_sessions_open_team ON sessions (lower(team), due_back_at_ms) WHERE state <> 'closed';
CREATE INDEX ix_sessions_open_visit ON sessions (visit_at_ms) WHERE state <> 'closed';

CREATE TABLE session_events (
    seq                     BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id              UUID    NOT NULL REFERENCES sessions (id),
    at_ms                   BIGINT  NOT NULL,
    kind                    TEXT    NOT NULL,
    -- Directory object id of who did it; NULL when the bot did it on a timer.
    actor_aad_object_id     TEXT,
    -- A short machine-readable note, never free text from a user.
    detail                  TEXT
);

CREATE INDEX ix_session_events_session ON session_events (session_id, at_ms, seq);

CREATE TABLE alerts (
    id                      UUID    NOT NULL PRIMARY KEY,
    kind                    TEXT    NOT NULL CHECK (kind IN ('overdue', 'sos', 'duress', 'incident')),
    -- The session (or incident) it is about.
    source_id               UUID,
    case_reference          TEXT,
    team                    TEXT    NOT NULL,
    worker_aad_object_id    TEXT    NOT NULL,
    worker_user_id          TEXT    NOT NULL,
    worker_channel_id       TEXT    NOT NULL,
    worker_conversation_id  TEXT    NOT NULL,
    worker_name             TEXT,
    -- Where the worker went; all three NULL when not known.
    venue                   TEXT,
    location                TEXT,
    contact_phone           TEXT,
    due_back_at_ms          BIGINT,
    -- JSON array of rungs, each an array of {"kind", "id", "role"} targets.
    ladder                  TEXT    NOT NULL,
    step                    INTEGER NOT NULL CHECK (step >= 0),
    state                   TEXT    NOT NULL CHECK (state IN ('arming', 'raised', 'handled', 'cancelled', 'stood-down')),
    silent                  BOOLEAN NOT NULL,
    handled_by              TEXT,
    handled_by_name         TEXT,
    handled_at_ms           BIGINT,
    created_at_ms           BIGINT  NOT NULL,
    next_step_at_ms         BIGINT,
    version                 INTEGER NOT NULL CHECK (version >= 0),
    CHECK (venue IS NOT NULL OR (location IS NULL AND contact_phone IS NULL)),
    CHECK ((state = 'handled') = (handled_by IS NOT NULL))
);

-- Open alerts by worker and by team, newest first.
CREATE INDEX ix_alerts_open_worker ON alerts (lower(worker_aad_object_id), created_at_ms) WHERE state IN ('arming', 'raised');
CREATE INDEX ix_alerts_open_team ON alerts (lower(team), created_at_ms) WHERE state IN ('arming', 'raised');

-- Where the alert card was posted, one copy per conversation, to update every copy in place.
CREATE TABLE alert_posted_cards (
    alert_id                 UUID    NOT NULL REFERENCES alerts (id),
    channel_id               TEXT    NOT NULL,
    conversation_id          TEXT    NOT NULL,
    activity_id              TEXT    NOT NULL,
    recipient_aad_object_id  TEXT    NOT NULL,
    posted_at_ms             BIGINT  NOT NULL,
    PRIMARY KEY (alert_id, channel_id, conversation_id)
);

CREATE TABLE alert_events (
    seq                     BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id                UUID    NOT NULL REFERENCES alerts (id),
    at_ms                   BIGINT  NOT NULL,
    kind                    TEXT    NOT NULL,
    actor_aad_object_id     TEXT,
    detail                  TEXT
);

CREATE INDEX ix_alert_events_alert ON alert_events (alert_id, at_ms, seq);

CREATE TRIGGER sessions_version_steps_by_one BEFORE UPDATE ON sessions
FOR EACH ROW WHEN (NEW.version <> OLD.version + 1)
EXECUTE FUNCTION engagementbot_refuse('a session changes one version at a time');

CREATE TRIGGER sessions_identity_fixed
BEFORE UPDATE OF id, plan_id, case_reference, team, worker_aad_object_id, worker_user_id, worker_channel_id,
    worker_conversation_id, visit_at_ms, created_at_ms
ON sessions
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('whose session it is, for which case and visit, does not change');

CREATE TRIGGER sessions_never_deleted BEFORE DELETE ON sessions
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('lone-worker sessions are never deleted');

CREATE TRIGGER sessions_never_truncated BEFORE TRUNCATE ON sessions
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('lone-worker sessions are never deleted');

CREATE TRIGGER alerts_version_steps_by_one BEFORE UPDATE ON alerts
FOR EACH ROW WHEN (NEW.version <> OLD.version + 1)
EXECUTE FUNCTION engagementbot_refuse('an alert changes one version at a time');

CREATE TRIGGER alerts_identity_fixed
BEFORE UPDATE OF id, source_id, case_reference, team, worker_aad_object_id, worker_user_id, worker_channel_id,
    worker_conversation_id, ladder, created_at_ms
ON alerts
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('whom an alert is about and its ladder do not change');

CREATE TRIGGER alerts_never_deleted BEFORE DELETE ON alerts
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('safety alerts are never deleted');

CREATE TRIGGER alerts_never_truncated BEFORE TRUNCATE ON alerts
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('safety alerts are never deleted');

CREATE TRIGGER alert_posted_cards_never_deleted BEFORE DELETE ON alert_posted_cards
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('posted alert cards are never deleted');

CREATE TRIGGER session_events_append_only BEFORE UPDATE OR DELETE ON session_events
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('the session audit trail is append-only');

CREATE TRIGGER session_events_never_truncated BEFORE TRUNCATE ON session_events
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('the session audit trail is append-only');

CREATE TRIGGER alert_events_append_only BEFORE UPDATE OR DELETE ON alert_events
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('the alert audit trail is append-only');

CREATE TRIGGER alert_events_never_truncated BEFORE TRUNCATE ON alert_events
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('the alert audit trail is append-only');
