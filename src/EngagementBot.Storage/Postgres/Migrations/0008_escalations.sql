-- Schema version 8 (PostgreSQL): escalation records and the copies of their decision card.
-- A record is written once; only the manager's decision is set, once (first decision wins), and
-- posted card copies are appended. Path, evidence and actions are JSON (pack ids, owners and dates only).

CREATE TABLE escalations (
    id                          UUID    NOT NULL PRIMARY KEY,
    -- Pseudonymous case reference, matched ignoring letter case (lower(...)).
    case_reference              TEXT    NOT NULL,
    area                        TEXT,
    pack_id                     TEXT    NOT NULL,
    concern                     TEXT    NOT NULL,
    raised_by                   TEXT    NOT NULL,
    raised_by_user_id           TEXT    NOT NULL,
    raised_by_name              TEXT,
    raised_in_channel_id        TEXT    NOT NULL,
    raised_in_conversation_id   TEXT    NOT NULL,
    path                        TEXT    NOT NULL,
    evidence                    TEXT    NOT NULL,
    actions                     TEXT    NOT NULL,
    outcome                     TEXT    NOT NULL,
    raised_at_ms                BIGINT  NOT NULL,
    verdict                     TEXT    CHECK (verdict IN ('agree', 'change', 'supervision')),
    decided_by                  TEXT,
    decided_by_name             TEXT,
    decision_note               TEXT,
    decided_at_ms               BIGINT,
    CHECK ((verdict IS NULL) = (decided_by IS NULL) AND (verdict IS NULL) = (decided_at_ms IS NULL))
);

CREATE INDEX ix_escalations_case ON escalations (lower(case_reference), raised_at_ms);

CREATE TRIGGER escalations_facts_fixed
BEFORE UPDATE OF id, case_reference, area, pack_id, concern, raised_by, raised_by_user_id, raised_by_name,
    raised_in_channel_id, raised_in_conversation_id, path, evidence, actions, outcome, raised_at_ms
ON escalations
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('an escalation record does not change; only its decision is set, once');

CREATE TRIGGER escalations_decided_once BEFORE UPDATE ON escalations
FOR EACH ROW WHEN (OLD.verdict IS NOT NULL)
EXECUTE FUNCTION engagementbot_refuse('an escalation record does not change; only its decision is set, once');

CREATE TRIGGER escalations_never_deleted BEFORE DELETE ON escalations
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('escalation records are never deleted');

CREATE TRIGGER escalations_never_truncated BEFORE TRUNCATE ON escalations
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('escalation records are never deleted');

CREATE TABLE escalation_cards (
    escalation_id       UUID    NOT NULL REFERENCES escalations (id),
    recipient           TEXT    NOT NULL,
    can_decide          BOOLEAN NOT NULL,
    channel_id          TEXT    NOT NULL,
    conversation_id     TEXT    NOT NULL,
    activity_id         TEXT    NOT NULL,
    posted_at_ms        BIGINT  NOT NULL
);

-- One copy per recipient, whose directory id is matched ignoring letter case.
CREATE UNIQUE INDEX ux_escalation_cards_recipient ON escalation_cards (escalation_id, lower(recipient));

CREATE TRIGGER escalation_cards_never_changed BEFORE UPDATE ON escalation_cards
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('a posted escalation card copy does not change');
