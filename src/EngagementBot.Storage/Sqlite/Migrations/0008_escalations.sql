-- Schema version 8: escalation records and the copies of their decision card.
-- A record is written once; only the manager's decision is set, once (first decision wins), and
-- posted card copies are appended. Path, evidence and actions are JSON (pack ids, owners and dates only).

CREATE TABLE escalations (
    id                          TEXT    NOT NULL PRIMARY KEY,
    -- Pseudonymous case reference, matched ignoring letter case.
    case_reference              TEXT    NOT NULL COLLATE NOCASE,
    area                        TEXT    COLLATE NOCASE,
    pack_id                     TEXT    NOT NULL,
    concern                     TEXT    NOT NULL,
    raised_by                   TEXT    NOT NULL COLLATE NOCASE,
    raised_by_user_id           TEXT    NOT NULL,
    raised_by_name              TEXT,
    raised_in_channel_id        TEXT    NOT NULL,
    raised_in_conversation_id   TEXT    NOT NULL,
    path                        TEXT    NOT NULL,
    evidence                    TEXT    NOT NULL,
    actions                     TEXT    NOT NULL,
    outcome                     TEXT    NOT NULL,
    raised_at_ms                INTEGER NOT NULL,
    verdict                     TEXT    CHECK (verdict IN ('agree', 'change', 'supervision')),
    decided_by                  TEXT    COLLATE NOCASE,
    decided_by_name             TEXT,
    decision_note               TEXT,
    decided_at_ms               INTEGER,
    CHECK ((verdict IS NULL) = (decided_by IS NULL) AND (verdict IS NULL) = (decided_at_ms IS NULL))
);

CREATE INDEX ix_escalations_case ON escalations (case_reference, raised_at_ms);

CREATE TRIGGER escalations_decided_once BEFORE UPDATE ON escalations
WHEN OLD.verdict IS NOT NULL
    OR NEW.id IS NOT OLD.id OR NEW.case_reference IS NOT OLD.case_reference OR NEW.area IS NOT OLD.area
    OR NEW.pack_id IS NOT OLD.pack_id OR NEW.concern IS NOT OLD.concern OR NEW.raised_by IS NOT OLD.raised_by
    OR NEW.path IS NOT OLD.path OR NEW.evidence IS NOT OLD.evidence OR NEW.actions IS NOT OLD.actions
    OR NEW.outcome IS NOT OLD.outcome OR NEW.raised_at_ms IS NOT OLD.raised_at_ms
BEGIN
    SELECT RAISE(ABORT, 'an escalation record does not change; only its decision is set, once');
END;

CREATE TRIGGER escalations_never_deleted BEFORE DELETE ON escalations
BEGIN
    SELECT RAISE(ABORT, 'escalation records are never deleted');
END;

CREATE TABLE escalation_cards (
    escalation_id       TEXT    NOT NULL REFERENCES escalations (id),
    recipient           TEXT    NOT NULL COLLATE NOCASE,
    can_decide          INTEGER NOT NULL CHECK (can_decide IN (0, 1)),
    channel_id          TEXT    NOT NULL,
    conversation_id     TEXT    NOT NULL,
    activity_id         TEXT    NOT NULL,
    posted_at_ms        INTEGER NOT NULL,
    PRIMARY KEY (escalation_id, recipient)
);

CREATE TRIGGER escalation_cards_never_changed BEFORE UPDATE ON escalation_cards
BEGIN
    SELECT RAISE(ABORT, 'a posted escalation card copy does not change');
END;
