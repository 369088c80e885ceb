-- Schema version 7: reserved for the engagement log (built on another branch); this placeholder keeps the
-- version sequence whole and is replaced by the real migration at merge.
SELECT 1;
