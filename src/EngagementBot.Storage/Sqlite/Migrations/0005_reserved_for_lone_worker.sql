-- Schema version 5 is the lone-worker sessions and safety alerts schema (branch h-storage). This
-- placeholder only keeps versions contiguous on the incidents branch so 0006 can be applied here; the
-- real 0005 replaces it when the branches are merged (delete this file then).
SELECT 1;
