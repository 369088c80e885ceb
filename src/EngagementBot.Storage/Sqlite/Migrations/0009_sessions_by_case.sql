-- Schema version 9: lone-worker sessions by case (open and closed), for the case chronology, oldest visit
-- first. case_reference is COLLATE NOCASE, so the index serves the ignoring-case match.

CREATE INDEX ix_sessions_case ON sessions (case_reference, visit_at_ms);
