-- Schema version 7 (PostgreSQL): the engagement log (missed appointments, no access, not seen…) shared by
-- every agency, and the record of which pattern rule prompted about which case when (so a rule does not nag).
-- Both are append-only: triggers refuse updates, deletes and truncation.

CREATE TABLE engagement_events (
    id                      UUID    NOT NULL PRIMARY KEY,
    -- Pseudonymous case reference, matched ignoring letter case (lower(...)).
    case_reference          TEXT    NOT NULL,
    -- Code of EngagementVocabulary.Kinds.
    kind                    TEXT    NOT NULL,
    -- The local day it happened, yyyy-MM-dd.
    occurred_on             TEXT    NOT NULL CHECK (length(occurred_on) = 10),
    agency                  TEXT    NOT NULL,
    recorded_by             TEXT    NOT NULL,
    recorded_in_channel_id       TEXT NOT NULL,
    recorded_in_conversation_id  TEXT NOT NULL,
    recorded_at_ms          BIGINT  NOT NULL,
    -- The logger's private note: never shown in a chronology, summary or channel.
    note                    TEXT    CHECK (note IS NULL OR length(note) <= 280)
);

CREATE INDEX ix_engagement_events_case ON engagement_events (lower(case_reference), occurred_on, recorded_at_ms);

CREATE TRIGGER engagement_events_never_changed BEFORE UPDATE ON engagement_events
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('the engagement log is append-only');

CREATE TRIGGER engagement_events_never_deleted BEFORE DELETE ON engagement_events
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('the engagement log is never deleted');

CREATE TRIGGER engagement_events_never_truncated BEFORE TRUNCATE ON engagement_events
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('the engagement log is never deleted');

CREATE TABLE engagement_prompts (
    id                UUID    NOT NULL PRIMARY KEY,
    case_reference    TEXT    NOT NULL,
    rule_id           TEXT    NOT NULL,
    event_id          UUID    NOT NULL REFERENCES engagement_events (id),
    fired_at_ms       BIGINT  NOT NULL
);

CREATE INDEX ix_engagement_prompts_case_rule ON engagement_prompts (lower(case_reference), rule_id, fired_at_ms);

CREATE TRIGGER engagement_prompts_never_changed BEFORE UPDATE ON engagement_prompts
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('engagement prompts are a record and do not change');

CREATE TRIGGER engagement_prompts_never_deleted BEFORE DELETE ON engagement_prompts
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('engagement prompts are never deleted');

CREATE TRIGGER engagement_prompts_never_truncated BEFORE TRUNCATE ON engagement_prompts
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('engagement prompts are never deleted');
