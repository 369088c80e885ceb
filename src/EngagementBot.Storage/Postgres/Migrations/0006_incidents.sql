-- Schema version 6 (PostgreSQL): post-incident records and the Teams channels subscribed to risk alerts by area.
-- Incidents are written once (triggers refuse updates and deletes); later additions are appended.
-- Channel subscriptions are an append-only history of on/off changes: a channel's state is its latest row.

CREATE TABLE incidents (
    id                     UUID    NOT NULL PRIMARY KEY,
    -- Pseudonymous case reference, matched ignoring letter case (lower(...)).
    case_reference         TEXT    NOT NULL,
    area                   TEXT   ,
    pack_id                TEXT    NOT NULL,
    reported_by            TEXT    NOT NULL,
    reported_by_user_id    TEXT    NOT NULL,
    reported_by_name       TEXT,
    reported_in_channel_id       TEXT NOT NULL,
    reported_in_conversation_id  TEXT NOT NULL,
    occurred_at_ms         BIGINT NOT NULL,
    venue                  TEXT    NOT NULL,
    -- Free text below stays in this table: never sent to a channel.
    location               TEXT,
    -- Threatening-behaviour ids of the pack, as a JSON array.
    behaviours             TEXT    NOT NULL,
    other_behaviour        TEXT,
    narrative              TEXT,
    anyone_hurt            BOOLEAN NOT NULL,
    at_risk_seen           BOOLEAN NOT NULL,
    at_risk_seemed         TEXT,
    police_must_be_told    BOOLEAN NOT NULL,
    police_told            BOOLEAN NOT NULL,
    crime_reference        TEXT,
    submitted_at_ms        BIGINT NOT NULL,
    CHECK (occurred_at_ms <= submitted_at_ms),
    CHECK (crime_reference IS NULL OR police_told)
);

CREATE INDEX ix_incidents_case ON incidents (lower(case_reference));

CREATE TRIGGER incidents_never_changed BEFORE UPDATE ON incidents
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('a submitted incident does not change: append an addition');

CREATE TRIGGER incidents_never_deleted BEFORE DELETE ON incidents
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('incidents are never deleted');

CREATE TRIGGER incidents_never_truncated BEFORE TRUNCATE ON incidents
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('incidents are never deleted');

CREATE TABLE incident_additions (
    id                UUID    NOT NULL PRIMARY KEY,
    incident_id       UUID    NOT NULL REFERENCES incidents (id),
    text              TEXT    NOT NULL,
    added_by          TEXT    NOT NULL,
    conversation_key  TEXT    NOT NULL,
    added_at_ms       BIGINT NOT NULL
);

CREATE INDEX ix_incident_additions_incident ON incident_additions (incident_id, added_at_ms);

CREATE TRIGGER incident_additions_never_changed BEFORE UPDATE ON incident_additions
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('incident additions do not change: append another');

CREATE TRIGGER incident_additions_never_deleted BEFORE DELETE ON incident_additions
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('incident additions are never deleted');

CREATE TRIGGER incident_additions_never_truncated BEFORE TRUNCATE ON incident_additions
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('incident additions are never deleted');

CREATE TABLE channel_subscription_changes (
    seq                 BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                  UUID    NOT NULL UNIQUE,
    teams_channel_id    TEXT    NOT NULL,
    team_id             TEXT    NOT NULL,
    area                TEXT    NOT NULL,
    action              TEXT    NOT NULL CHECK (action IN ('on', 'off')),
    channel_id          TEXT    NOT NULL,
    conversation_id     TEXT    NOT NULL,
    changed_by          TEXT    NOT NULL,
    changed_at_ms       BIGINT NOT NULL
);

CREATE INDEX ix_channel_subscription_changes_channel ON channel_subscription_changes (teams_channel_id, seq);
CREATE INDEX ix_channel_subscription_changes_area ON channel_subscription_changes (lower(area));

CREATE TRIGGER channel_subscription_changes_never_changed BEFORE UPDATE ON channel_subscription_changes
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('channel subscription history does not change');

CREATE TRIGGER channel_subscription_changes_never_deleted BEFORE DELETE ON channel_subscription_changes
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('channel subscription history is never deleted');

CREATE TRIGGER channel_subscription_changes_never_truncated BEFORE TRUNCATE ON channel_subscription_changes
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('channel subscription history is never deleted');
