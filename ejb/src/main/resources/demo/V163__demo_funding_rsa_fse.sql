-- Demo story for the rest of issue 19: the RSA follow-up of Sébastien Garnier (RSA, followed by the France Travail
-- referent with consent, barriers included) and Amina Diallo (RSA, no referent: no consent recorded, so no sheet for
-- the Département) — appointments proposed, one missed with its reason, check-ins with the RSA referent, one note
-- shareable and one not; FSE+ questionnaires for five people (Kévin Le Floch's household left unanswered; Pauline
-- Lemoine's exit situation entered after the 4 weeks); the ASP objective and type of Sébastien's two trainings.

INSERT INTO funding_appointment (structure_id, pathway_id, proposed_for, kind, outcome, missed_reason, recorded_by,
                                 recorded_at)
SELECT 1, p.id, CURDATE() - INTERVAL v.d DAY, v.k, v.o, v.r, 'coordinatrice', NOW(6)
FROM (SELECT 'Garnier' AS ln, 40 AS d, 'RSA_REFERENT' AS k, 'ATTENDED' AS o, NULL AS r
      UNION ALL SELECT 'Garnier', 25, 'CIP', 'ATTENDED', NULL
      UNION ALL SELECT 'Garnier', 12, 'FRANCE_TRAVAIL', 'MISSED', 'TRANSPORT'
      UNION ALL SELECT 'Garnier', 5, 'COLLECTIVE', 'CANCELLED', NULL
      UNION ALL SELECT 'Garnier', -10, 'RSA_REFERENT', 'PROPOSED', NULL
      UNION ALL SELECT 'Diallo', 15, 'RSA_REFERENT', 'ATTENDED', NULL
      UNION ALL SELECT 'Diallo', 3, 'CIP', 'MISSED', 'CHILDCARE') v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln
JOIN pathway p ON p.participant_id = pa.id AND p.structure_id = 1;

INSERT INTO funding_checkin (structure_id, pathway_id, held_on, referent_name, note, shareable, recorded_by, recorded_at)
SELECT 1, p.id, CURDATE() - INTERVAL v.d DAY, v.who, v.note, v.sh, 'coordinatrice', NOW(6)
FROM (SELECT 'Garnier' AS ln, 35 AS d, 'Nolwenn Le Goff (référente RSA, CDAS Rennes Sud)' AS who,
             'Point sur le permis B : aide du Département demandée.' AS note, TRUE AS sh
      UNION ALL SELECT 'Garnier', 8, 'Nolwenn Le Goff (référente RSA, CDAS Rennes Sud)',
             'Évoque des difficultés familiales, à revoir avec la CIP.', FALSE
      UNION ALL SELECT 'Diallo', 20, 'Nolwenn Le Goff (référente RSA, CDAS Rennes Sud)', NULL, FALSE) v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln
JOIN pathway p ON p.participant_id = pa.id AND p.structure_id = 1;

INSERT INTO funding_fse_file (pathway_id, structure_id, labour_status, household, disability, entry_recorded_on,
                              exit_situation, exit_recorded_on, recorded_by, recorded_at)
SELECT p.id, 1, v.ls, v.hh, v.dis, p.entry_date, v.ex,
       CASE WHEN v.exd IS NULL THEN NULL ELSE CURDATE() - INTERVAL v.exd DAY END, 'coordinatrice', NOW(6)
FROM (SELECT 'Garnier' AS ln, 'LONG_TERM_UNEMPLOYED' AS ls, 'ALONE' AS hh, 'NO' AS dis, NULL AS ex, NULL AS exd
      UNION ALL SELECT 'Diallo', 'UNEMPLOYED', 'SINGLE_PARENT', 'DECLINED', NULL, NULL
      UNION ALL SELECT 'Le Floch', 'INACTIVE', NULL, 'NO', NULL, NULL
      UNION ALL SELECT 'Roux', 'UNEMPLOYED', 'COUPLE_WITH_CHILDREN', 'NO', 'EMPLOYMENT', 20
      UNION ALL SELECT 'Lemoine', 'LONG_TERM_UNEMPLOYED', 'ALONE', 'NO', 'JOB_SEEKING', 155) v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln
JOIN pathway p ON p.participant_id = pa.id AND p.structure_id = 1;

INSERT INTO funding_training_asp (training_id, structure_id, objective, training_type)
SELECT t.id, 1, v.o, v.t
FROM (SELECT 'SST_INITIAL' AS k, 'SAFETY' AS o, 'EXTERNAL' AS t
      UNION ALL SELECT 'CLEA_PREALABLE', 'BASIC_SKILLS', 'EXTERNAL') v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = 'Garnier'
JOIN pathway p ON p.participant_id = pa.id AND p.structure_id = 1
JOIN training t ON t.pathway_id = p.id AND t.kind = v.k;
