-- Schema version 4 (PostgreSQL): joint-visit approvals. A request is decided once: the decision columns
-- are written by a compare-and-set on state = 'pending', and triggers refuse any change to a decided
-- or expired request, whoever writes. Copies of the approval card are recorded per conversation.

CREATE TABLE joint_visit_approvals (
    id                            UUID    NOT NULL PRIMARY KEY,
    -- Pseudonymous case reference, matched ignoring letter case (lower(...)).
    case_reference                TEXT    NOT NULL,
    plan_id                       TEXT,
    requested_by                  TEXT    NOT NULL,
    requested_by_user_id          TEXT    NOT NULL,
    requested_by_name             TEXT,
    requested_in_channel_id       TEXT    NOT NULL,
    requested_in_conversation_id  TEXT    NOT NULL,
    risk_level                    TEXT,
    reason                        TEXT,
    -- The approver ladder: primary (rung 0), delegates as a JSON array (rung 1), fallback (rung 2).
    primary_approver              TEXT    NOT NULL,
    primary_approver_name         TEXT,
    delegates                     TEXT    NOT NULL,
    fallback_approver             TEXT,
    state                         TEXT    NOT NULL
        CHECK (state IN ('pending', 'approved', 'declined', 'secondWorkerNamed', 'expired')),
    rung                          INTEGER NOT NULL CHECK (rung >= 0),
    decided_by                    TEXT,
    decided_by_name               TEXT,
    decided_at_ms                 BIGINT,
    decline_reason                TEXT,
    second_worker                 TEXT,
    created_at_ms                 BIGINT  NOT NULL,
    reminder_due_at_ms            BIGINT  NOT NULL,
    CHECK ((state = 'pending') = (decided_at_ms IS NULL)),
    CHECK ((state IN ('approved', 'declined', 'secondWorkerNamed')) = (decided_by IS NOT NULL)),
    CHECK ((state = 'declined') = (decline_reason IS NOT NULL)),
    CHECK ((state = 'secondWorkerNamed') = (second_worker IS NOT NULL))
);

CREATE INDEX ix_joint_visit_approvals_case ON joint_visit_approvals (lower(case_reference));

-- Where the card was posted, one copy per conversation, to update every copy in place.
CREATE TABLE joint_visit_approval_cards (
    approval_id              UUID    NOT NULL REFERENCES joint_visit_approvals (id),
    channel_id               TEXT    NOT NULL,
    conversation_id          TEXT    NOT NULL,
    activity_id              TEXT    NOT NULL,
    recipient_aad_object_id  TEXT    NOT NULL,
    posted_at_ms             BIGINT  NOT NULL,
    PRIMARY KEY (approval_id, channel_id, conversation_id)
);

CREATE TRIGGER joint_visit_approvals_decided_final BEFORE UPDATE ON joint_visit_approvals
FOR EACH ROW WHEN (OLD.state <> 'pending')
EXECUTE FUNCTION engagementbot_refuse('a decided or expired joint-visit approval does not change');

CREATE TRIGGER joint_visit_approvals_request_fixed
BEFORE UPDATE OF id, case_reference, plan_id, requested_by, requested_by_user_id, requested_in_channel_id,
    requested_in_conversation_id, primary_approver, delegates, fallback_approver, created_at_ms
ON joint_visit_approvals
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('who asked, for which case, and who may decide do not change');

CREATE TRIGGER joint_visit_approvals_never_deleted BEFORE DELETE ON joint_visit_approvals
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('joint-visit approvals are never deleted');

CREATE TRIGGER joint_visit_approvals_never_truncated BEFORE TRUNCATE ON joint_visit_approvals
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('joint-visit approvals are never deleted');
