-- Schema version 9 (PostgreSQL): lone-worker sessions by case (open and closed), for the case chronology,
-- oldest visit first. Case references are matched through lower(...), written exactly so in the store.

CREATE INDEX ix_sessions_case ON sessions (lower(case_reference), visit_at_ms);
