-- Schema version 3 (PostgreSQL): visit plans. A plan is a record of what a practitioner planned and was
-- advised: stored once, never changed or deleted (triggers refuse both, whoever writes).

CREATE TABLE visit_plans (
    id                  UUID    NOT NULL PRIMARY KEY,
    -- Pseudonymous case reference, matched ignoring letter case (lower(...)).
    case_reference      TEXT    NOT NULL,
    visit_at_ms         BIGINT  NOT NULL,
    -- A code of VisitVocabulary.Venues (venues may grow, so no CHECK list here).
    venue               TEXT    NOT NULL,
    return_at_ms        BIGINT  NOT NULL,
    -- The procedure pack the questions and the risk rules came from.
    pack_id             TEXT    NOT NULL,
    -- JSON array of {"question", "answer"}, in the order asked.
    answers             TEXT    NOT NULL,
    risk_level          TEXT    NOT NULL CHECK (risk_level IN ('low', 'medium', 'high', 'do-not-visit-alone')),
    -- JSON array of {"rule", "text", "level", "citation"}, most serious first.
    factors             TEXT    NOT NULL,
    -- True / false when a joint visit was offered and answered; NULL when it was not offered.
    joint_visit_wanted  BOOLEAN,
    -- Directory object id of the practitioner, from the authenticated activity.
    planned_by          TEXT    NOT NULL,
    conversation_key    TEXT    NOT NULL,
    created_at_ms       BIGINT  NOT NULL,
    CHECK (return_at_ms > visit_at_ms)
);

CREATE INDEX ix_visit_plans_case ON visit_plans (lower(case_reference));

CREATE TRIGGER visit_plans_never_deleted BEFORE DELETE ON visit_plans
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('visit plans are never deleted');

CREATE TRIGGER visit_plans_never_changed BEFORE UPDATE ON visit_plans
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('a visit plan does not change: make a new plan');

CREATE TRIGGER visit_plans_never_truncated BEFORE TRUNCATE ON visit_plans
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('visit plans are never deleted');
