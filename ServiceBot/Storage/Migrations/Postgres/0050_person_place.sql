-- Where a person works (a counter, a window, a desk: "Ventanilla 3"), shown on a supervisor's call card so they know
-- where to go. Optional; set from configuration (Roster:Places) or by a roster change.

ALTER TABLE roster_people ADD COLUMN place TEXT NULL;
