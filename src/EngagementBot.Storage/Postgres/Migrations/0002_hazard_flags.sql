-- Schema version 2 (PostgreSQL): hazard flags on cases. Flags are never deleted and their facts never
-- change: only renewals (appended to hazard_flag_renewals, with review_at_ms moved on) and one final
-- withdrawal are recorded. Triggers refuse anything else, whoever writes.

CREATE TABLE hazard_flags (
    id                   UUID    NOT NULL PRIMARY KEY,
    -- Pseudonymous case reference, matched ignoring letter case (lower(...)).
    case_reference       TEXT    NOT NULL,
    -- Codes of HazardVocabulary (kinds may grow, so no CHECK list here).
    kind                 TEXT    NOT NULL,
    severity             TEXT    NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    -- JSON array of advice codes, in the order given.
    advice               TEXT    NOT NULL,
    -- The current review date: the flag is active while this is in the future.
    review_at_ms         BIGINT  NOT NULL,
    raised_by            TEXT    NOT NULL,
    raised_by_agency     TEXT    NOT NULL,
    raised_at_ms         BIGINT  NOT NULL,
    source_incident_id   UUID,
    withdrawn_at_ms      BIGINT,
    withdrawn_by         TEXT,
    withdrawn_by_agency  TEXT,
    withdrawal_reason    TEXT,
    CHECK (review_at_ms > raised_at_ms),
    CHECK ((withdrawn_at_ms IS NULL) = (withdrawn_by IS NULL)
       AND (withdrawn_at_ms IS NULL) = (withdrawn_by_agency IS NULL)
       AND (withdrawn_at_ms IS NULL) = (withdrawal_reason IS NULL))
);

CREATE INDEX ix_hazard_flags_case ON hazard_flags (lower(case_reference));

-- Each renewal of a flag, numbered 1, 2, 3… per flag.
CREATE TABLE hazard_flag_renewals (
    flag_id                UUID    NOT NULL REFERENCES hazard_flags (id),
    sequence               INTEGER NOT NULL CHECK (sequence > 0),
    renewed_at_ms          BIGINT  NOT NULL,
    renewed_by             TEXT    NOT NULL,
    renewed_by_agency      TEXT    NOT NULL,
    previous_review_at_ms  BIGINT  NOT NULL,
    review_at_ms           BIGINT  NOT NULL,
    CHECK (review_at_ms > previous_review_at_ms),
    PRIMARY KEY (flag_id, sequence)
);

CREATE FUNCTION engagementbot_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER hazard_flags_never_deleted BEFORE DELETE ON hazard_flags
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('hazard flags are never deleted: withdraw the flag instead');

CREATE TRIGGER hazard_flags_facts_fixed
BEFORE UPDATE OF id, case_reference, kind, severity, advice, raised_by, raised_by_agency, raised_at_ms, source_incident_id
ON hazard_flags
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('the facts of a hazard flag do not change: withdraw it and raise a new one');

CREATE TRIGGER hazard_flags_withdrawal_final BEFORE UPDATE ON hazard_flags
FOR EACH ROW WHEN (OLD.withdrawn_at_ms IS NOT NULL)
EXECUTE FUNCTION engagementbot_refuse('a withdrawn hazard flag does not change');

CREATE TRIGGER hazard_flag_renewals_never_deleted BEFORE DELETE ON hazard_flag_renewals
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('hazard flag renewals are never deleted');

CREATE TRIGGER hazard_flag_renewals_never_changed BEFORE UPDATE ON hazard_flag_renewals
FOR EACH ROW EXECUTE FUNCTION engagementbot_refuse('hazard flag renewals do not change');

-- TRUNCATE skips row triggers: refuse it too.
CREATE TRIGGER hazard_flags_never_truncated BEFORE TRUNCATE ON hazard_flags
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('hazard flags are never deleted: withdraw the flag instead');

CREATE TRIGGER hazard_flag_renewals_never_truncated BEFORE TRUNCATE ON hazard_flag_renewals
FOR EACH STATEMENT EXECUTE FUNCTION engagementbot_refuse('hazard flag renewals are never deleted');
