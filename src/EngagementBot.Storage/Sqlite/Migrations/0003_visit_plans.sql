-- Schema version 3: visit plans. A plan is a record of what a practitioner planned and was advised:
-- stored once, never changed or deleted (triggers refuse both, whoever writes).

CREATE TABLE visit_plans (
    id                  TEXT    NOT NULL PRIMARY KEY,
    -- Pseudonymous case reference, matched ignoring letter case.
    case_reference      TEXT    NOT NULL COLLATE NOCASE,
    visit_at_ms         INTEGER NOT NULL,
    -- A code of VisitVocabulary.Venues (venues may grow, so no CHECK list here).
    venue               TEXT    NOT NULL,
    return_at_ms        INTEGER NOT NULL,
    -- The procedure pack the questions and the risk rules came from.
    pack_id             TEXT    NOT NULL,
    -- JSON array of {"question", "answer"}, in the order asked.
    answers             TEXT    NOT NULL,
    risk_level          TEXT    NOT NULL CHECK (risk_level IN ('low', 'medium', 'high', 'do-not-visit-alone')),
    -- JSON array of {"rule", "text", "level", "citation"}, most serious first.
    factors             TEXT    NOT NULL,
    -- 1 / 0 when a joint visit was offered and answered; NULL when it was not offered.
    joint_visit_wanted  INTEGER CHECK (joint_visit_wanted IN (0, 1)),
    -- Directory object id of the practitioner, from the authenticated activity.
    planned_by          TEXT    NOT NULL,
    conversation_key    TEXT    NOT NULL,
    created_at_ms       INTEGER NOT NULL,
    CHECK (return_at_ms > visit_at_ms)
);

CREATE INDEX ix_visit_plans_case ON visit_plans (case_reference);

CREATE TRIGGER visit_plans_never_deleted BEFORE DELETE ON visit_plans
BEGIN
    SELECT RAISE(ABORT, 'visit plans are never deleted');
END;

CREATE TRIGGER visit_plans_never_changed BEFORE UPDATE ON visit_plans
BEGIN
    SELECT RAISE(ABORT, 'a visit plan does not change: make a new plan');
END;
