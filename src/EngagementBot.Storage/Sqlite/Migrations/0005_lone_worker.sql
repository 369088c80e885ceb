-- Schema version 5: lone-worker sessions and safety alerts, each with an append-only audit trail.
-- Changes are compare-and-set on version (the store writes version n+1 only over version n; a trigger
-- refuses any other step, whoever writes). Who, where and which case are fixed once stored; nothing
-- here is ever deleted. Person ids, teams and case references are matched ignoring letter case.

CREATE TABLE sessions (
    id                      TEXT    NOT NULL PRIMARY KEY,
    plan_id                 TEXT,
    -- Pseudonymous case reference.
    case_reference          TEXT    NOT NULL COLLATE NOCASE,
    team                    TEXT    NOT NULL COLLATE NOCASE,
    -- The worker, as the authenticated channel reported them, and their 1:1 chat with the bot.
    worker_aad_object_id    TEXT    NOT NULL COLLATE NOCASE,
    worker_user_id          TEXT    NOT NULL,
    worker_channel_id       TEXT    NOT NULL,
    worker_conversation_id  TEXT    NOT NULL,
    worker_name             TEXT,
    -- Where they went and how to reach them (shown only to people on the escalation ladder).
    venue                   TEXT    NOT NULL,
    location                TEXT,
    contact_phone           TEXT,
    visit_at_ms             INTEGER NOT NULL,
    due_back_at_ms          INTEGER NOT NULL,
    deadline_version        INTEGER NOT NULL CHECK (deadline_version >= 0),
    state                   TEXT    NOT NULL CHECK (state IN ('planned', 'on-site', 'closed')),
    overdue                 TEXT    NOT NULL CHECK (overdue IN ('none', 'prompted', 'escalated')),
    arrived_at_ms           INTEGER,
    closed_at_ms            INTEGER,
    closed_by               TEXT    COLLATE NOCASE,
    alert_id                TEXT,
    card_activity_id        TEXT,
    created_at_ms           INTEGER NOT NULL,
    version                 INTEGER NOT NULL CHECK (version >= 0),
    CHECK (due_back_at_ms > visit_at_ms),
    CHECK ((state = 'closed') = (closed_at_ms IS NOT NULL))
);

-- Open sessions by worker, by team and by visit start, the soonest deadline first.
CREATE INDEX ix_sessions_open_worker ON sessions (worker_aad_object_id, due_back_at_ms) WHERE state <> 'closed';
CREATE INDEX ix_sessions_open_team ON sessions (team, due_back_at_ms) WHERE state <> 'closed';
CREATE INDEX ix_sessions_open_visit ON sessions (visit_at_ms) WHERE state <> 'closed';

CREATE TABLE session_events (
    seq                     INTEGER NOT NULL PRIMARY KEY,
    session_id              TEXT    NOT NULL REFERENCES sessions (id),
    at_ms                   INTEGER NOT NULL,
    kind                    TEXT    NOT NULL,
    -- Directory object id of who did it; NULL when the bot did it on a timer.
    actor_aad_object_id     TEXT,
    -- A short machine-readable note, never free text from a user.
    detail                  TEXT
);

CREATE INDEX ix_session_events_session ON session_events (session_id, at_ms, seq);

CREATE TABLE alerts (
    id                      TEXT    NOT NULL PRIMARY KEY,
    kind                    TEXT    NOT NULL CHECK (kind IN ('overdue', 'sos', 'duress', 'incident')),
    -- The session (or incident) it is about.
    source_id               TEXT,
    case_reference          TEXT    COLLATE NOCASE,
    team                    TEXT    NOT NULL COLLATE NOCASE,
    worker_aad_object_id    TEXT    NOT NULL COLLATE NOCASE,
    worker_user_id          TEXT    NOT NULL,
    worker_channel_id       TEXT    NOT NULL,
    worker_conversation_id  TEXT    NOT NULL,
    worker_name             TEXT,
    -- Where the worker went; all three NULL when not known.
    venue                   TEXT,
    location                TEXT,
    contact_phone           TEXT,
    due_back_at_ms          INTEGER,
    -- JSON array of rungs, each an array of {"kind", "id", "role"} targets.
    ladder                  TEXT    NOT NULL,
    step                    INTEGER NOT NULL CHECK (step >= 0),
    state                   TEXT    NOT NULL CHECK (state IN ('arming', 'raised', 'handled', 'cancelled', 'stood-down')),
    silent                  INTEGER NOT NULL CHECK (silent IN (0, 1)),
    handled_by              TEXT    COLLATE NOCASE,
    handled_by_name         TEXT,
    handled_at_ms           INTEGER,
    created_at_ms           INTEGER NOT NULL,
    next_step_at_ms         INTEGER,
    version                 INTEGER NOT NULL CHECK (version >= 0),
    CHECK (venue IS NOT NULL OR (location IS NULL AND contact_phone IS NULL)),
    CHECK ((state = 'handled') = (handled_by IS NOT NULL))
);

-- Open alerts by worker and by team, newest first.
CREATE INDEX ix_alerts_open_worker ON alerts (worker_aad_object_id, created_at_ms) WHERE state IN ('arming', 'raised');
CREATE INDEX ix_alerts_open_team ON alerts (team, created_at_ms) WHERE state IN ('arming', 'raised');

-- Where the alert card was posted, one copy per conversation, to update every copy in place.
CREATE TABLE alert_posted_cards (
    alert_id                 TEXT    NOT NULL REFERENCES alerts (id),
    channel_id               TEXT    NOT NULL,
    conversation_id          TEXT    NOT NULL,
    activity_id              TEXT    NOT NULL,
    recipient_aad_object_id  TEXT    NOT NULL COLLATE NOCASE,
    posted_at_ms             INTEGER NOT NULL,
    PRIMARY KEY (alert_id, channel_id, conversation_id)
) WITHOUT ROWID;

CREATE TABLE alert_events (
    seq                     INTEGER NOT NULL PRIMARY KEY,
    alert_id                TEXT    NOT NULL REFERENCES alerts (id),
    at_ms                   INTEGER NOT NULL,
    kind                    TEXT    NOT NULL,
    actor_aad_object_id     TEXT,
    detail                  TEXT
);

CREATE INDEX ix_alert_events_alert ON alert_events (alert_id, at_ms, seq);

CREATE TRIGGER sessions_version_steps_by_one BEFORE UPDATE ON sessions
WHEN NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'a session changes one version at a time');
END;

CREATE TRIGGER sessions_identity_fixed
BEFORE UPDATE OF id, plan_id, case_reference, team, worker_aad_object_id, worker_user_id, worker_channel_id,
    worker_conversation_id, visit_at_ms, created_at_ms
ON sessions
BEGIN
    SELECT RAISE(ABORT, 'whose session it is, for which case and visit, does not change');
END;

CREATE TRIGGER sessions_never_deleted BEFORE DELETE ON sessions
BEGIN
    SELECT RAISE(ABORT, 'lone-worker sessions are never deleted');
END;

CREATE TRIGGER alerts_version_steps_by_one BEFORE UPDATE ON alerts
WHEN NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'an alert changes one version at a time');
END;

CREATE TRIGGER alerts_identity_fixed
BEFORE UPDATE OF id, source_id, case_reference, team, worker_aad_object_id, worker_user_id, worker_channel_id,
    worker_conversation_id, ladder, created_at_ms
ON alerts
BEGIN
    SELECT RAISE(ABORT, 'whom an alert is about and its ladder do not change');
END;

CREATE TRIGGER alerts_never_deleted BEFORE DELETE ON alerts
BEGIN
    SELECT RAISE(ABORT, 'safety alerts are never deleted');
END;

CREATE TRIGGER alert_posted_cards_never_deleted BEFORE DELETE ON alert_posted_cards
BEGIN
    SELECT RAISE(ABORT, 'posted alert cards are never deleted');
END;

CREATE TRIGGER session_events_never_changed BEFORE UPDATE ON session_events
BEGIN
    SELECT RAISE(ABORT, 'the session audit trail is append-only');
END;

CREATE TRIGGER session_events_never_deleted BEFORE DELETE ON session_events
BEGIN
    SELECT RAISE(ABORT, 'the session audit trail is append-only');
END;

CREATE TRIGGER alert_events_never_changed BEFORE UPDATE ON alert_events
BEGIN
    SELECT RAISE(ABORT, 'the alert audit trail is append-only');
END;

CREATE TRIGGER alert_events_never_deleted BEFORE DELETE ON alert_events
BEGIN
    SELECT RAISE(ABORT, 'the alert audit trail is append-only');
END;
