-- Demo story for issue 13 (IAE rules): a suspended contract and a prolongation beyond 24 months for a person aged 50+.

-- Fatoumata Camara: her CDDI was suspended 22 days for sickness (more than 15 days: the PASS IAE end and the end of
-- the 24 months of her parcours are pushed back by 22 days, R5132-1-3), and 4 days at her request for a PMSMP
-- (15 days or less: no push-back).
SET @fc = (SELECT c.id FROM contract c JOIN pathway p ON p.id = c.pathway_id JOIN participant pa ON pa.id = p.participant_id
            WHERE pa.structure_id = 1 AND pa.last_name = 'Camara' AND c.kind = 'INITIAL');
SET @fp = (SELECT pa.id FROM participant pa WHERE pa.structure_id = 1 AND pa.last_name = 'Camara');
INSERT INTO contract_suspension (structure_id, contract_id, participant_id, start_date, end_date, reason, note, created_by) VALUES
 (1, @fc, @fp, CURDATE() - INTERVAL 130 DAY, CURDATE() - INTERVAL 109 DAY, 'SICKNESS', 'Arrêt de travail (certificat reçu).', 'coordinatrice'),
 (1, @fc, @fp, CURDATE() - INTERVAL 60 DAY, CURDATE() - INTERVAL 57 DAY, 'PMSMP', 'PMSMP en restauration collective, à sa demande.', 'coordinatrice');
UPDATE participant SET pass_iae_number = '999992612345', pass_iae_start = CURDATE() - INTERVAL 210 DAY,
                       pass_iae_end = CURDATE() - INTERVAL 210 DAY + INTERVAL 729 DAY
 WHERE id = @fp AND pass_iae_number IS NULL;

-- Jean-Luc Guillou, 58: 24 months of CDDI reached, prolonged 12 months as a person aged 50 or more (R5132-1-8, 2° a:
-- up to 84 months), on the decision of his France Travail adviser after a bilan.
INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level,
                         prescriber_kind, prescriber_asp_code, prescriber_name, pass_iae_number, pass_iae_start, pass_iae_end)
VALUES (1, 'Jean-Luc', 'Guillou', CURDATE() - INTERVAL 58 YEAR - INTERVAL 40 DAY, 'Bruz', '35170', '51',
        'FRANCE_TRAVAIL', '03', 'France Travail Rennes Sud', '999992398765', CURDATE() - INTERVAL 800 DAY,
        CURDATE() - INTERVAL 800 DAY + INTERVAL 24 MONTH - INTERVAL 1 DAY + INTERVAL 12 MONTH);
SET @jl = LAST_INSERT_ID();
INSERT INTO participant_criterion (participant_id, criterion) VALUES (@jl, 'SENIOR'), (@jl, 'DETLD');
SET @s = CURDATE() - INTERVAL 800 DAY;
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (1, @jl, @s, 'ACTIVE', 3, 2);
SET @jlpw = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, exception_kind, created_by) VALUES
 (1, @jlpw, 'INITIAL', @s, @s + INTERVAL 12 MONTH - INTERVAL 1 DAY, 26.00, 'NONE', 'coordinatrice'),
 (1, @jlpw, 'RENEWAL', @s + INTERVAL 12 MONTH, @s + INTERVAL 24 MONTH - INTERVAL 1 DAY, 26.00, 'NONE', 'coordinatrice');
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, exception_kind,
                      decider_kind, decider_name, decided_on, decision_bilan, created_by) VALUES
 (1, @jlpw, 'RENEWAL', @s + INTERVAL 24 MONTH, @s + INTERVAL 36 MONTH - INTERVAL 1 DAY, 26.00, 'SENIOR',
  'PRESCRIBER', 'France Travail Rennes Sud — Mme Le Goff, conseillère', @s + INTERVAL 24 MONTH - INTERVAL 21 DAY,
  'Bilan du parcours (modèle de la Plateforme de l''inclusion) : CACES R482 en préparation, freins de santé stabilisés, deux PMSMP en espaces verts ; l''employeur peut porter 12 mois de plus ; objectif : agent d''entretien des espaces verts en collectivité.',
  'coordinatrice');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary) VALUES
 (1, @jlpw, 'ACCUEIL', @s + INTERVAL 1 DAY, 2, 'Accueil. Ancien ouvrier du bâtiment, 30 ans de métier, licencié économique.'),
 (1, @jlpw, 'BILAN_INTERMEDIAIRE', @s + INTERVAL 24 MONTH - INTERVAL 30 DAY, 2,
  'Bilan avant les 24 mois avec France Travail : prolongation au titre des 50 ans et plus demandée.'),
 (1, @jlpw, 'SUIVI', CURDATE() - INTERVAL 12 DAY, 2, 'Entraînement CACES sur la mini-pelle de l''atelier.');
