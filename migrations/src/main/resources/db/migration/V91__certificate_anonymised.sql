-- A certificate whose holder was anonymised keeps its number, status and what it states, without the holder's name
-- (snapshot rewritten) and without its PDF (erased); anonymised_at says when (issue 14 §9).
ALTER TABLE certificate ADD COLUMN anonymised_at DATETIME(6) NULL;
