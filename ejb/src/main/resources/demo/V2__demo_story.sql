-- Demo story (demo mode only): the people of « Les Jardins du Sillon » and their CDDI pathways, with dates relative
-- to today so that the demo stays believable whatever the day. Runs before V20 (activity), which puts the first six
-- active participants of structure 1 (by id) in the market-gardening team: the order of the inserts below matters.
--
-- Structure 1, coordinator Nadia Benali (2), supervisor Yann Le Bihan (3):
--   1 Sébastien Garnier  (account « participant », 4) — 10 months in, contract renewed, PMSMP done, SST valid,
--                          followed by Élodie Rousseau (France Travail, « referent », 5) with consent (barriers too)
--   2 Amina Diallo       (account « participant2 ») — contract ends in 25 days, SST expires in 20 days; NOT assigned
--   3 Kévin Le Floch     (account « participant3 ») — justice barrier (sensitive)
--   4 Marie-Claire Joubert — senior, renewed twice, housing barrier lifted
--   5 Thomas Morel       — young, Mission Locale, 2 months in
--   6 Fatoumata Camara   — learning French (FLE), CléA préalable done
--   7 Julien Perrin      — arrived 6 weeks ago
--   8 Nathalie Roux      — exited 3 weeks ago, hired on a 8-month CDD (emploi durable), followed by the referent
-- Structure 2: three pathways, one of them followed by the same referent (a referent works across structures).

INSERT INTO user_account (login, password_hash, display_name, email, role, structure_id) VALUES
 ('participant2', 'DEMO', 'Amina Diallo', NULL, 'PARTICIPANT', 1);
SET @acc2 = LAST_INSERT_ID();
INSERT INTO user_account (login, password_hash, display_name, email, role, structure_id) VALUES
 ('participant3', 'DEMO', 'Kévin Le Floch', NULL, 'PARTICIPANT', 1);
SET @acc3 = LAST_INSERT_ID();

-- ---------------------------------------------------------------- 1. Sébastien Garnier
INSERT INTO participant (structure_id, user_account_id, first_name, last_name, birth_date, phone, city, postal_code,
                         education_level, france_travail_id, pass_iae_number, pass_iae_start, pass_iae_end,
                         prescriber_kind, prescriber_asp_code, prescriber_name)
VALUES (1, 4, 'Sébastien', 'Garnier', '1984-03-12', '06 12 34 56 78', 'Rennes', '35200', '50', '3512345A',
        '999992400012', CURDATE() - INTERVAL 300 DAY, CURDATE() - INTERVAL 300 DAY + INTERVAL 2 YEAR,
        'FRANCE_TRAVAIL', '03', 'France Travail Rennes Sud');
SET @p1 = LAST_INSERT_ID();
INSERT INTO participant_criterion (participant_id, criterion) VALUES (@p1, 'DELD'), (@p1, 'RSA');
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (1, @p1, CURDATE() - INTERVAL 300 DAY, 'ACTIVE', 3, 2);
SET @pw1 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (1, @pw1, 'INITIAL', CURDATE() - INTERVAL 300 DAY, CURDATE() - INTERVAL 118 DAY, 26.00, 'coordinatrice'),
 (1, @pw1, 'RENEWAL', CURDATE() - INTERVAL 117 DAY, CURDATE() + INTERVAL 65 DAY, 26.00, 'coordinatrice');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary, private_notes) VALUES
 (1, @pw1, 'ACCUEIL', CURDATE() - INTERVAL 298 DAY, 2,
  'Accueil, présentation du chantier et du règlement. Projet : travailler dans la vente de fruits et légumes.',
  'Séparation récente, hébergé chez sa sœur. Fatigue importante évoquée, à revoir.'),
 (1, @pw1, 'SUIVI', CURDATE() - INTERVAL 200 DAY, 2,
  'Bonne intégration dans l''équipe maraîchage. Démarches pour le permis B.',
  'Évoque des douleurs lombaires ; orienté vers la médecine du travail.'),
 (1, @pw1, 'BILAN_INTERMEDIAIRE', CURDATE() - INTERVAL 120 DAY, 2,
  'Bilan positif, renouvellement du CDDI de 6 mois. Immersion à prévoir dans un magasin bio.',
  'Suivi médical en place, ne souhaite pas que cela soit partagé.'),
 (1, @pw1, 'SUIVI', CURDATE() - INTERVAL 30 DAY, 2,
  'Retour très positif de la PMSMP chez Biocoop. Préparer les candidatures de fin de parcours.',
  'Situation de logement stabilisée (bail signé).'),
 (1, @pw1, 'SUIVI', CURDATE() + INTERVAL 9 DAY, 2, 'Entretien prévu : candidatures et CV.', NULL);
SET @int1 = LAST_INSERT_ID();
INSERT INTO interview_action (interview_id, label, due_date, status) VALUES
 (@int1, 'Mettre à jour le CV avec l''expérience Biocoop', CURDATE() + INTERVAL 9 DAY, 'PLANNED');
INSERT INTO barrier (structure_id, pathway_id, category, status, is_sensitive, detail, identified_on, lifted_on) VALUES
 (1, @pw1, 'MOBILITY', 'EN_COURS', FALSE, 'Pas de permis B ; vient en bus (ligne 11). Inscrit en auto-école solidaire.',
  CURDATE() - INTERVAL 298 DAY, NULL),
 (1, @pw1, 'HEALTH', 'EN_COURS', TRUE, 'Lombalgies chroniques, suivi par la médecine du travail ; éviter le port de charges lourdes.',
  CURDATE() - INTERVAL 200 DAY, NULL),
 (1, @pw1, 'HOUSING', 'LEVE', FALSE, 'Hébergé chez sa sœur à l''entrée ; logement social obtenu.',
  CURDATE() - INTERVAL 298 DAY, CURDATE() - INTERVAL 35 DAY);
SET @bar1 = (SELECT id FROM barrier WHERE pathway_id = @pw1 AND category = 'MOBILITY');
INSERT INTO barrier_action (barrier_id, label, due_date, status) VALUES
 (@bar1, 'Code de la route (auto-école solidaire)', CURDATE() - INTERVAL 60 DAY, 'DONE'),
 (@bar1, 'Leçons de conduite financées par l''aide à la mobilité', CURDATE() + INTERVAL 60 DAY, 'IN_PROGRESS');
INSERT INTO immersion (structure_id, pathway_id, host_name, host_siret, start_date, end_date, objective,
                       objective_detail, outcome, outcome_note) VALUES
 (1, @pw1, 'Biocoop Rennes Cleunay', '52345678900027', CURDATE() - INTERVAL 52 DAY, CURDATE() - INTERVAL 40 DAY,
  'CONFIRM_PROJECT', 'Mise en rayon fruits et légumes, accueil des clients', 'OBJECTIVES_MET',
  'Tuteur très satisfait ; une embauche est envisagée à l''automne.');
INSERT INTO training (structure_id, pathway_id, kind, title, organisation, start_date, end_date, hours,
                      certificate_date, expires_on, certificate_ref) VALUES
 (1, @pw1, 'SST_INITIAL', 'Sauveteur Secouriste du Travail — formation initiale', 'Croix-Rouge Ille-et-Vilaine',
  CURDATE() - INTERVAL 92 DAY, CURDATE() - INTERVAL 91 DAY, 14.00, CURDATE() - INTERVAL 91 DAY,
  CURDATE() - INTERVAL 91 DAY + INTERVAL 24 MONTH, 'SST-35-2026-0147'),
 (1, @pw1, 'CLEA_PREALABLE', 'Évaluation préalable CléA', 'GRETA Bretagne Sud',
  CURDATE() - INTERVAL 150 DAY, CURDATE() - INTERVAL 150 DAY, 7.00, NULL, NULL, NULL);
SET @clea1 = LAST_INSERT_ID();
INSERT INTO training_clea_result (training_id, domain_number, result) VALUES
 (@clea1, 1, 'ACQUIRED'), (@clea1, 2, 'PARTIAL'), (@clea1, 3, 'NOT_ACQUIRED'), (@clea1, 4, 'ACQUIRED'),
 (@clea1, 5, 'ACQUIRED'), (@clea1, 6, 'PARTIAL'), (@clea1, 7, 'ACQUIRED');
-- followed by the France Travail adviser, with the participant's consent (barriers too)
INSERT INTO referent_assignment (pathway_id, referent_id, consent_recorded_on, barriers_consent, assigned_by, assigned_at)
VALUES (@pw1, 5, CURDATE() - INTERVAL 296 DAY, TRUE, 'coordinatrice', CURDATE() - INTERVAL 296 DAY);

-- ---------------------------------------------------------------- 2. Amina Diallo (contract ending within 30 days)
INSERT INTO participant (structure_id, user_account_id, first_name, last_name, birth_date, city, postal_code,
                         education_level, pass_iae_number, pass_iae_start, pass_iae_end, prescriber_kind,
                         prescriber_asp_code, prescriber_name)
VALUES (1, @acc2, 'Amina', 'Diallo', '1991-09-30', 'Chantepie', '35135', '41', '999992400031',
        CURDATE() - INTERVAL 158 DAY, CURDATE() - INTERVAL 158 DAY + INTERVAL 2 YEAR, 'DEPARTEMENT', '05',
        'CDAS de Rennes Est');
SET @p2 = LAST_INSERT_ID();
INSERT INTO participant_criterion (participant_id, criterion) VALUES (@p2, 'RSA'), (@p2, 'QPV');
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (1, @p2, CURDATE() - INTERVAL 158 DAY, 'ACTIVE', 3, 2);
SET @pw2 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (1, @pw2, 'INITIAL', CURDATE() - INTERVAL 158 DAY, CURDATE() + INTERVAL 25 DAY, 24.00, 'coordinatrice');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary, private_notes) VALUES
 (1, @pw2, 'ACCUEIL', CURDATE() - INTERVAL 157 DAY, 2, 'Accueil. Projet : agent·e de restauration collective.',
  'Deux enfants, garde à organiser le mercredi.'),
 (1, @pw2, 'BILAN_INTERMEDIAIRE', CURDATE() - INTERVAL 40 DAY, 2,
  'Très à l''aise sur les commandes pour les cantines. Renouvellement à décider avant la fin du contrat.', NULL);
INSERT INTO barrier (structure_id, pathway_id, category, status, is_sensitive, detail, identified_on) VALUES
 (1, @pw2, 'AVAILABILITY', 'EN_COURS', FALSE, 'Garde des enfants le mercredi : horaires aménagés.', CURDATE() - INTERVAL 157 DAY);
INSERT INTO training (structure_id, pathway_id, kind, title, organisation, start_date, end_date, hours,
                      certificate_date, expires_on, certificate_ref) VALUES
 (1, @pw2, 'SST_INITIAL', 'Sauveteur Secouriste du Travail — formation initiale', 'Croix-Rouge Ille-et-Vilaine',
  CURDATE() - INTERVAL 24 MONTH + INTERVAL 20 DAY - INTERVAL 1 DAY, CURDATE() - INTERVAL 24 MONTH + INTERVAL 20 DAY,
  14.00, CURDATE() - INTERVAL 24 MONTH + INTERVAL 20 DAY, CURDATE() + INTERVAL 20 DAY, 'SST-35-2024-0911');

-- ---------------------------------------------------------------- 3. Kévin Le Floch (justice barrier, sensitive)
INSERT INTO participant (structure_id, user_account_id, first_name, last_name, birth_date, city, postal_code,
                         education_level, prescriber_kind, prescriber_asp_code, prescriber_name)
VALUES (1, @acc3, 'Kévin', 'Le Floch', '1997-01-22', 'Vern-sur-Seiche', '35770', '51', 'SPIP', '09',
        'SPIP d''Ille-et-Vilaine');
SET @p3 = LAST_INSERT_ID();
INSERT INTO participant_criterion (participant_id, criterion) VALUES (@p3, 'DETENTION_MJ'), (@p3, 'ASS');
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (1, @p3, CURDATE() - INTERVAL 95 DAY, 'ACTIVE', 3, 2);
SET @pw3 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, exception_kind, created_by) VALUES
 (1, @pw3, 'INITIAL', CURDATE() - INTERVAL 95 DAY, CURDATE() + INTERVAL 90 DAY, 26.00, 'NONE', 'coordinatrice');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary, private_notes) VALUES
 (1, @pw3, 'ACCUEIL', CURDATE() - INTERVAL 94 DAY, 2, 'Accueil. Intéressé par la conduite d''engins et les espaces verts.',
  'Aménagement de peine : pointage au SPIP le lundi matin.'),
 (1, @pw3, 'SUIVI', CURDATE() - INTERVAL 20 DAY, 2, 'Ponctuel, à l''aise avec la motobineuse. Viser le CACES.', NULL);
INSERT INTO barrier (structure_id, pathway_id, category, status, is_sensitive, detail, identified_on) VALUES
 (1, @pw3, 'JUSTICE', 'EN_COURS', TRUE, 'Placement sous surveillance électronique jusqu''en décembre.', CURDATE() - INTERVAL 94 DAY),
 (1, @pw3, 'DIGITAL', 'IDENTIFIE', FALSE, 'Pas d''adresse électronique, pas d''ordinateur.', CURDATE() - INTERVAL 94 DAY);

-- ---------------------------------------------------------------- 4. Marie-Claire Joubert (senior, renewed twice)
INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level,
                         prescriber_kind, prescriber_asp_code, prescriber_name)
VALUES (1, 'Marie-Claire', 'Joubert', '1966-06-04', 'Rennes', '35000', '60', 'FRANCE_TRAVAIL', '03',
        'France Travail Rennes Sud');
SET @p4 = LAST_INSERT_ID();
INSERT INTO participant_criterion (participant_id, criterion) VALUES (@p4, 'SENIOR'), (@p4, 'DETLD');
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (1, @p4, CURDATE() - INTERVAL 420 DAY, 'ACTIVE', 3, 2);
SET @pw4 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (1, @pw4, 'INITIAL', CURDATE() - INTERVAL 420 DAY, CURDATE() - INTERVAL 238 DAY, 30.00, 'coordinatrice'),
 (1, @pw4, 'RENEWAL', CURDATE() - INTERVAL 237 DAY, CURDATE() - INTERVAL 55 DAY, 30.00, 'coordinatrice'),
 (1, @pw4, 'RENEWAL', CURDATE() - INTERVAL 54 DAY, CURDATE() + INTERVAL 128 DAY, 30.00, 'coordinatrice');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary) VALUES
 (1, @pw4, 'ACCUEIL', CURDATE() - INTERVAL 419 DAY, 2, 'Accueil. Ancienne employée de la grande distribution.'),
 (1, @pw4, 'BILAN_INTERMEDIAIRE', CURDATE() - INTERVAL 60 DAY, 2, 'Tutrice des nouveaux arrivants. Projet : préparatrice de commandes.');
INSERT INTO barrier (structure_id, pathway_id, category, status, is_sensitive, detail, identified_on, lifted_on) VALUES
 (1, @pw4, 'FINANCES', 'LEVE', FALSE, 'Dossier de surendettement déposé et accepté.', CURDATE() - INTERVAL 419 DAY, CURDATE() - INTERVAL 200 DAY);

-- ---------------------------------------------------------------- 5. Thomas Morel (young, Mission Locale)
INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level,
                         prescriber_kind, prescriber_asp_code, prescriber_name)
VALUES (1, 'Thomas', 'Morel', '2005-11-17', 'Chantepie', '35135', '50', 'MISSION_LOCALE', '01',
        'Mission Locale du Bassin Rennais');
SET @p5 = LAST_INSERT_ID();
INSERT INTO participant_criterion (participant_id, criterion) VALUES (@p5, 'JEUNE');
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (1, @p5, CURDATE() - INTERVAL 62 DAY, 'ACTIVE', 3, 2);
SET @pw5 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (1, @pw5, 'INITIAL', CURDATE() - INTERVAL 62 DAY, CURDATE() + INTERVAL 61 DAY, 20.00, 'coordinatrice');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary) VALUES
 (1, @pw5, 'ACCUEIL', CURDATE() - INTERVAL 61 DAY, 2, 'Premier emploi. Découvrir les métiers du végétal.');
INSERT INTO barrier (structure_id, pathway_id, category, status, is_sensitive, detail, identified_on) VALUES
 (1, @pw5, 'MOBILITY', 'EN_COURS', FALSE, 'Vélo prêté par l''atelier ; trajet de 8 km.', CURDATE() - INTERVAL 61 DAY);

-- ---------------------------------------------------------------- 6. Fatoumata Camara (FLE)
INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level,
                         prescriber_kind, prescriber_asp_code, prescriber_name)
VALUES (1, 'Fatoumata', 'Camara', '1988-02-08', 'Rennes', '35200', '70', 'PLIE', '04', 'PLIE Rennes Métropole');
SET @p6 = LAST_INSERT_ID();
INSERT INTO participant_criterion (participant_id, criterion) VALUES (@p6, 'FLE'), (@p6, 'DELD');
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (1, @p6, CURDATE() - INTERVAL 210 DAY, 'ACTIVE', 3, 2);
SET @pw6 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (1, @pw6, 'INITIAL', CURDATE() - INTERVAL 210 DAY, CURDATE() + INTERVAL 33 DAY, 26.00, 'coordinatrice');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary) VALUES
 (1, @pw6, 'ACCUEIL', CURDATE() - INTERVAL 209 DAY, 2, 'Accueil avec interprète. Cours de français deux matinées par semaine.'),
 (1, @pw6, 'SUIVI', CURDATE() - INTERVAL 70 DAY, 2, 'Progrès rapides à l''oral. Aime le travail en serre.');
INSERT INTO barrier (structure_id, pathway_id, category, status, is_sensitive, detail, identified_on) VALUES
 (1, @pw6, 'BASIC_SKILLS', 'EN_COURS', FALSE, 'Français langue étrangère : atelier sociolinguistique.', CURDATE() - INTERVAL 209 DAY);
INSERT INTO training (structure_id, pathway_id, kind, title, organisation, start_date, end_date, hours) VALUES
 (1, @pw6, 'OTHER', 'Français à visée professionnelle', 'Langue et Communication', CURDATE() - INTERVAL 180 DAY,
  CURDATE() - INTERVAL 20 DAY, 60.00);

-- ---------------------------------------------------------------- 7. Julien Perrin (arrived 6 weeks ago)
INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level,
                         prescriber_kind, prescriber_asp_code, prescriber_name)
VALUES (1, 'Julien', 'Perrin', '1979-08-25', 'Saint-Armel', '35230', '51', 'FRANCE_TRAVAIL', '03',
        'France Travail Rennes Sud');
SET @p7 = LAST_INSERT_ID();
INSERT INTO participant_criterion (participant_id, criterion) VALUES (@p7, 'DETLD');
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (1, @p7, CURDATE() - INTERVAL 42 DAY, 'ACTIVE', 3, 2);
SET @pw7 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (1, @pw7, 'INITIAL', CURDATE() - INTERVAL 42 DAY, CURDATE() + INTERVAL 81 DAY, 26.00, 'coordinatrice');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary) VALUES
 (1, @pw7, 'ACCUEIL', CURDATE() - INTERVAL 41 DAY, 2, 'Ancien chauffeur-livreur. Souhaite se reconvertir dans le maraîchage.');

-- ---------------------------------------------------------------- 8. Nathalie Roux (exited, hired: emploi durable)
INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level,
                         prescriber_kind, prescriber_asp_code, prescriber_name)
VALUES (1, 'Nathalie', 'Roux', '1976-12-03', 'Noyal-Châtillon-sur-Seiche', '35230', '50', 'FRANCE_TRAVAIL', '03',
        'France Travail Rennes Sud');
SET @p8 = LAST_INSERT_ID();
INSERT INTO participant_criterion (participant_id, criterion) VALUES (@p8, 'DELD');
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (1, @p8, CURDATE() - INTERVAL 390 DAY, 'EXITED', 3, 2);
SET @pw8 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (1, @pw8, 'INITIAL', CURDATE() - INTERVAL 390 DAY, CURDATE() - INTERVAL 208 DAY, 26.00, 'coordinatrice'),
 (1, @pw8, 'RENEWAL', CURDATE() - INTERVAL 207 DAY, CURDATE() + INTERVAL 10 DAY, 26.00, 'coordinatrice');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary, private_notes) VALUES
 (1, @pw8, 'ACCUEIL', CURDATE() - INTERVAL 389 DAY, 2, 'Accueil. Projet : ouvrière maraîchère.', NULL),
 (1, @pw8, 'BILAN_INTERMEDIAIRE', CURDATE() - INTERVAL 180 DAY, 2, 'Autonome sur les cultures sous abri.', NULL),
 (1, @pw8, 'BILAN_SORTIE', CURDATE() - INTERVAL 22 DAY, 2, 'Embauche chez Les Maraîchers de Vern (CDD de 8 mois).',
  'Très émue au moment du départ, garder le contact.');
INSERT INTO immersion (structure_id, pathway_id, host_name, start_date, end_date, objective, objective_detail, outcome, outcome_note) VALUES
 (1, @pw8, 'Les Maraîchers de Vern', CURDATE() - INTERVAL 75 DAY, CURDATE() - INTERVAL 64 DAY, 'START_RECRUITMENT',
  'Cultures sous abri, conditionnement', 'HIRING_PROPOSED', 'Proposition d''embauche à la fin du CDDI.');
INSERT INTO training (structure_id, pathway_id, kind, title, organisation, start_date, end_date, hours,
                      certificate_date, expires_on, certificate_ref) VALUES
 (1, @pw8, 'SST_INITIAL', 'Sauveteur Secouriste du Travail — formation initiale', 'Croix-Rouge Ille-et-Vilaine',
  CURDATE() - INTERVAL 300 DAY, CURDATE() - INTERVAL 299 DAY, 14.00, CURDATE() - INTERVAL 299 DAY,
  CURDATE() - INTERVAL 299 DAY + INTERVAL 24 MONTH, 'SST-35-2025-0388');
INSERT INTO pathway_exit (structure_id, pathway_id, exit_date, motive, asp_code, category, comment, recorded_by)
VALUES (1, @pw8, CURDATE() - INTERVAL 21 DAY, 'CDD_6_MONTHS_OR_MORE', '9', 'EMPLOI_DURABLE',
        'CDD de 8 mois, ouvrière maraîchère, Les Maraîchers de Vern.', 'coordinatrice');
INSERT INTO referent_assignment (pathway_id, referent_id, consent_recorded_on, barriers_consent, assigned_by, assigned_at)
VALUES (@pw8, 5, CURDATE() - INTERVAL 385 DAY, FALSE, 'coordinatrice', CURDATE() - INTERVAL 385 DAY);

-- ---------------------------------------------------------------- structure 2 « Haies et Talus de la Vilaine »
INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level,
                         prescriber_kind, prescriber_asp_code, prescriber_name)
VALUES (2, 'Loïc', 'Guého', '1990-04-14', 'Redon', '35600', '50', 'FRANCE_TRAVAIL', '03', 'France Travail Redon');
SET @q1 = LAST_INSERT_ID();
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (2, @q1, CURDATE() - INTERVAL 130 DAY, 'ACTIVE', 6, 7);
SET @qw1 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (2, @qw1, 'INITIAL', CURDATE() - INTERVAL 130 DAY, CURDATE() + INTERVAL 52 DAY, 26.00, 'coordinateur2');
INSERT INTO interview (structure_id, pathway_id, kind, held_on, author_id, summary, private_notes) VALUES
 (2, @qw1, 'ACCUEIL', CURDATE() - INTERVAL 129 DAY, 7, 'Accueil. Projet : ouvrier paysagiste.', 'Dettes de loyer.');
INSERT INTO barrier (structure_id, pathway_id, category, status, is_sensitive, detail, identified_on) VALUES
 (2, @qw1, 'FINANCES', 'EN_COURS', FALSE, 'Dettes de loyer, plan d''apurement.', CURDATE() - INTERVAL 129 DAY);
-- the same France Travail adviser follows Loïc in the other structure, consent recorded, barriers not shared
INSERT INTO referent_assignment (pathway_id, referent_id, consent_recorded_on, barriers_consent, assigned_by, assigned_at)
VALUES (@qw1, 5, CURDATE() - INTERVAL 128 DAY, FALSE, 'coordinateur2', CURDATE() - INTERVAL 128 DAY);

INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level)
VALUES (2, 'Sandrine', 'Bertho', '1982-10-02', 'Redon', '35600', '41');
SET @q2 = LAST_INSERT_ID();
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (2, @q2, CURDATE() - INTERVAL 70 DAY, 'ACTIVE', 6, 7);
SET @qw2 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (2, @qw2, 'INITIAL', CURDATE() - INTERVAL 70 DAY, CURDATE() + INTERVAL 113 DAY, 24.00, 'coordinateur2');

INSERT INTO participant (structure_id, first_name, last_name, birth_date, city, postal_code, education_level)
VALUES (2, 'Yannick', 'Daniel', '1971-01-19', 'Bains-sur-Oust', '35600', '51');
SET @q3 = LAST_INSERT_ID();
INSERT INTO pathway (structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
VALUES (2, @q3, CURDATE() - INTERVAL 20 DAY, 'ACTIVE', 6, 7);
SET @qw3 = LAST_INSERT_ID();
INSERT INTO contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by) VALUES
 (2, @qw3, 'INITIAL', CURDATE() - INTERVAL 20 DAY, CURDATE() + INTERVAL 102 DAY, 26.00, 'coordinateur2');
