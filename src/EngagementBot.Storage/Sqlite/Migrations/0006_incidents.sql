-- Schema version 6: post-incident records and the Teams channels subscribed to risk alerts by area.
-- Incidents are written once (triggers refuse updates and deletes); later additions are appended.
-- Channel subscriptions are an append-only history of on/off changes: a channel's state is its latest row.

CREATE TABLE incidents (
    id                     TEXT    NOT NULL PRIMARY KEY,
    -- Pseudonymous case reference, matched ignoring letter case.
    case_reference         TEXT    NOT NULL COLLATE NOCASE,
    area                   TEXT    COLLATE NOCASE,
    pack_id                TEXT    NOT NULL,
    reported_by            TEXT    NOT NULL COLLATE NOCASE,
    reported_by_user_id    TEXT    NOT NULL,
    reported_by_name       TEXT,
    reported_in_channel_id       TEXT NOT NULL,
    reported_in_conversation_id  TEXT NOT NULL,
    occurred_at_ms         INTEGER NOT NULL,
    venue                  TEXT    NOT NULL,
    -- Free text below stays in this table: never sent to a channel.
    location               TEXT,
    -- Threatening-behaviour ids of the pack, as a JSON array.
    behaviours             TEXT    NOT NULL,
    other_behaviour        TEXT,
    narrative              TEXT,
    anyone_hurt            INTEGER NOT NULL CHECK (anyone_hurt IN (0, 1)),
    at_risk_seen           INTEGER NOT NULL CHECK (at_risk_seen IN (0, 1)),
    at_risk_seemed         TEXT,
    police_must_be_told    INTEGER NOT NULL CHECK (police_must_be_told IN (0, 1)),
    police_told            INTEGER NOT NULL CHECK (police_told IN (0, 1)),
    crime_reference        TEXT,
    submitted_at_ms        INTEGER NOT NULL,
    CHECK (occurred_at_ms <= submitted_at_ms),
    CHECK (crime_reference IS NULL OR police_told = 1)
);

CREATE INDEX ix_incidents_case ON incidents (case_reference);

CREATE TRIGGER incidents_never_changed BEFORE UPDATE ON incidents
BEGIN
    SELECT RAISE(ABORT, 'a submitted incident does not change: append an addition');
END;

CREATE TRIGGER incidents_never_deleted BEFORE DELETE ON incidents
BEGIN
    SELECT RAISE(ABORT, 'incidents are never deleted');
END;

CREATE TABLE incident_additions (
    id                TEXT    NOT NULL PRIMARY KEY,
    incident_id       TEXT    NOT NULL REFERENCES incidents (id),
    text              TEXT    NOT NULL,
    added_by          TEXT    NOT NULL COLLATE NOCASE,
    conversation_key  TEXT    NOT NULL,
    added_at_ms       INTEGER NOT NULL
);

CREATE INDEX ix_incident_additions_incident ON incident_additions (incident_id, added_at_ms);

CREATE TRIGGER incident_additions_never_changed BEFORE UPDATE ON incident_additions
BEGIN
    SELECT RAISE(ABORT, 'incident additions do not change: append another');
END;

CREATE TRIGGER incident_additions_never_deleted BEFORE DELETE ON incident_additions
BEGIN
    SELECT RAISE(ABORT, 'incident additions are never deleted');
END;

CREATE TABLE channel_subscription_changes (
    seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
    id                  TEXT    NOT NULL UNIQUE,
    teams_channel_id    TEXT    NOT NULL,
    team_id             TEXT    NOT NULL,
    area                TEXT    NOT NULL COLLATE NOCASE,
    action              TEXT    NOT NULL CHECK (action IN ('on', 'off')),
    channel_id          TEXT    NOT NULL,
    conversation_id     TEXT    NOT NULL,
    changed_by          TEXT    NOT NULL COLLATE NOCASE,
    changed_at_ms       INTEGER NOT NULL
);

CREATE INDEX ix_channel_subscription_changes_channel ON channel_subscription_changes (teams_channel_id, seq);

CREATE TRIGGER channel_subscription_changes_never_changed BEFORE UPDATE ON channel_subscription_changes
BEGIN
    SELECT RAISE(ABORT, 'channel subscription history does not change');
END;

CREATE TRIGGER channel_subscription_changes_never_deleted BEFORE DELETE ON channel_subscription_changes
BEGIN
    SELECT RAISE(ABORT, 'channel subscription history is never deleted');
END;
