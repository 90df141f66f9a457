-- Demo story for issue 19 (what funders ask for): hours and absences of the last two months (imported from the
-- payroll for the previous month, entered by hand the month before), how barriers were supported (inside the
-- structure, outside, both) for the ASP declaration, and four people who left about 6 to 9 months ago for the
-- +6-month follow-up: one to contact now, one overdue, one « injoignable », one in a CDI.

SET @m1 = DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01');
SET @m2 = DATE_FORMAT(CURDATE() - INTERVAL 2 MONTH, '%Y-%m-01');

INSERT INTO funding_month_hours (structure_id, pathway_id, month_start, worked_hours, absence_health,
                                 absence_administrative, absence_childcare, absence_transport, absence_other, source,
                                 recorded_by, recorded_at)
SELECT 1, p.id, v.m, v.w, v.h, v.a, v.c, v.t, v.o, v.src, 'coordinatrice', NOW(6)
FROM (SELECT 'Garnier' AS ln, @m1 AS m, 104.00 AS w, 0.00 AS h, 4.00 AS a, 0.00 AS c, 4.00 AS t, 0.00 AS o, 'IMPORT' AS src
      UNION ALL SELECT 'Diallo',   @m1,  96.00,  0.00, 0.00, 12.00,  0.00, 0.00, 'IMPORT'
      UNION ALL SELECT 'Le Floch', @m1, 108.00,  0.00, 0.00,  0.00,  0.00, 4.00, 'IMPORT'
      UNION ALL SELECT 'Joubert',  @m1, 100.00, 12.67, 0.00,  0.00,  0.00, 0.00, 'IMPORT'
      UNION ALL SELECT 'Camara',   @m1, 112.00,  0.00, 0.00,  0.00,  0.00, 0.00, 'IMPORT'
      UNION ALL SELECT 'Guillou',  @m1, 110.00,  2.67, 0.00,  0.00,  0.00, 0.00, 'IMPORT'
      UNION ALL SELECT 'Morel',    @m1,  98.00,  0.00, 0.00,  0.00, 14.67, 0.00, 'IMPORT'
      UNION ALL SELECT 'Perrin',   @m1,  60.00,  0.00, 0.00,  0.00,  0.00, 0.00, 'IMPORT'
      UNION ALL SELECT 'Roux',     @m1, 112.67,  0.00, 0.00,  0.00,  0.00, 0.00, 'IMPORT'
      UNION ALL SELECT 'Garnier',  @m2, 112.67,  0.00, 0.00,  0.00,  0.00, 0.00, 'ENTRY'
      UNION ALL SELECT 'Diallo',   @m2, 100.00,  0.00, 0.00, 12.67,  0.00, 0.00, 'ENTRY'
      UNION ALL SELECT 'Le Floch', @m2, 112.67,  0.00, 0.00,  0.00,  0.00, 0.00, 'ENTRY'
      UNION ALL SELECT 'Joubert',  @m2, 112.67,  0.00, 0.00,  0.00,  0.00, 0.00, 'ENTRY'
      UNION ALL SELECT 'Camara',   @m2,  90.00, 22.67, 0.00,  0.00,  0.00, 0.00, 'ENTRY'
      UNION ALL SELECT 'Guillou',  @m2, 112.67,  0.00, 0.00,  0.00,  0.00, 0.00, 'ENTRY'
      UNION ALL SELECT 'Morel',    @m2,  60.00,  0.00, 0.00,  0.00,  7.67, 0.00, 'ENTRY'
      UNION ALL SELECT 'Roux',     @m2, 112.67,  0.00, 0.00,  0.00,  0.00, 0.00, 'ENTRY') v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln
JOIN pathway p ON p.participant_id = pa.id AND p.structure_id = 1;

-- How each barrier was supported: inside the structure (CIP, atelier), outside (partners), or both.
INSERT INTO funding_barrier_support (barrier_id, structure_id, inside, outside)
SELECT b.id, 1, v.i, v.o
FROM (SELECT 'Garnier' AS ln, 'MOBILITY' AS cat, TRUE AS i, TRUE AS o
      UNION ALL SELECT 'Garnier',  'HOUSING',      FALSE, TRUE
      UNION ALL SELECT 'Garnier',  'HEALTH',       FALSE, TRUE
      UNION ALL SELECT 'Diallo',   'AVAILABILITY', TRUE,  FALSE
      UNION ALL SELECT 'Le Floch', 'JUSTICE',      FALSE, TRUE
      UNION ALL SELECT 'Le Floch', 'DIGITAL',      TRUE,  FALSE
      UNION ALL SELECT 'Joubert',  'FINANCES',     FALSE, TRUE
      UNION ALL SELECT 'Morel',    'MOBILITY',     TRUE,  FALSE
      UNION ALL SELECT 'Camara',   'BASIC_SKILLS', FALSE, TRUE) v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln
JOIN pathway p ON p.participant_id = pa.id AND p.structure_id = 1
JOIN barrier b ON b.pathway_id = p.id AND b.category = v.cat;

-- Four people who left 6 to 9 months ago (each after more than 3 months worked: their exits count).
INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level,
                         prescriber_kind, prescriber_asp_code, prescriber_name) VALUES
 (1, 'Pauline', 'Lemoine', '1993-05-21', 'Rennes', '35000', '51', 'FRANCE_TRAVAIL', '03', 'France Travail Rennes Sud'),
 (1, 'Mickaël', 'Hamon', '1985-10-09', 'Chantepie', '35135', '70', 'MISSION_LOCALE', '01', 'Mission Locale du Bassin Rennais'),
 (1, 'Sylvie', 'Bréal', '1972-01-30', 'Vern-sur-Seiche', '35770', '50', 'FRANCE_TRAVAIL', '03', 'France Travail Rennes Sud'),
 (1, 'Bruno', 'Carré', '1980-07-14', 'Rennes', '35200', '40', 'PLIE', '04', 'PLIE Rennes Métropole');
INSERT INTO participant_criterion (participant_id, criterion)
SELECT pa.id, v.c FROM (SELECT 'Lemoine' AS ln, 'RSA' AS c UNION ALL SELECT 'Hamon', 'DELD'
      UNION ALL SELECT 'Bréal', 'DETLD' UNION ALL SELECT 'Carré', 'RSA') v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln;

INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
SELECT 1, pa.id, CURDATE() - INTERVAL v.e DAY, 'EXITED', 3, 2
FROM (SELECT 'Lemoine' AS ln, 430 AS e UNION ALL SELECT 'Hamon', 500 UNION ALL SELECT 'Bréal', 600
      UNION ALL SELECT 'Carré', 560) v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln;

INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by)
SELECT 1, p.id, 'INITIAL', p.entry_date, CURDATE() - INTERVAL v.x DAY, 26.00, 'coordinatrice'
FROM (SELECT 'Lemoine' AS ln, 190 AS x UNION ALL SELECT 'Hamon', 200 UNION ALL SELECT 'Bréal', 250
      UNION ALL SELECT 'Carré', 260) v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln
JOIN pathway p ON p.participant_id = pa.id;

INSERT INTO pathway_exit (structure_id, pathway_id, exit_date, motive, asp_code, category, counted_in_rates, recorded_by)
SELECT 1, p.id, CURDATE() - INTERVAL v.x DAY, v.motive, v.code, v.cat, TRUE, 'coordinatrice'
FROM (SELECT 'Lemoine' AS ln, 190 AS x, 'CDD_UNDER_6_MONTHS' AS motive, '10' AS code, 'EMPLOI_TRANSITION' AS cat
      UNION ALL SELECT 'Hamon', 200, 'UNEMPLOYED', '7', 'AUTRE_SORTIE'
      UNION ALL SELECT 'Bréal', 250, 'CDI_OTHER_EMPLOYER', '3', 'EMPLOI_DURABLE'
      UNION ALL SELECT 'Carré', 260, 'QUALIFYING_TRAINING', '5', 'SORTIE_POSITIVE') v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln
JOIN pathway p ON p.participant_id = pa.id;

-- +6 months: Mickaël Hamon could not be reached (three calls, a letter); Sylvie Bréal is still in her CDI.
INSERT INTO funding_after_exit (structure_id, pathway_id, situation, contacted_on, recorded_by, recorded_at)
SELECT 1, p.id, v.s, CURDATE() - INTERVAL v.d DAY, 'coordinatrice', NOW(6)
FROM (SELECT 'Hamon' AS ln, 'UNREACHABLE' AS s, 12 AS d UNION ALL SELECT 'Bréal', 'CDI', 60) v
JOIN participant pa ON pa.structure_id = 1 AND pa.last_name = v.ln
JOIN pathway p ON p.participant_id = pa.id;
