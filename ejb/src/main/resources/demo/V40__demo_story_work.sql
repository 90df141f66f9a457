-- Demo story, continued after the activity demo data (V20: sites, « Équipe maraîchage », two harvests):
-- a plot, a second team, the work of the last weeks (sowing, school-canteen orders, greenhouse assembly, hoeing),
-- today's tasks still to observe, observations with a few notes, and validations signed by the supervisor.
-- Dates relative to today. Levels: 1 Découverte, 2 Avec aide, 3 Autonome, 4 Maîtrise.

SET @seb = (SELECT id FROM participant WHERE user_account_id = 4);
SET @amina = (SELECT id FROM participant WHERE structure_id = 1 AND last_name = 'Diallo');
SET @kevin = (SELECT id FROM participant WHERE structure_id = 1 AND last_name = 'Le Floch');
SET @mc = (SELECT id FROM participant WHERE structure_id = 1 AND last_name = 'Joubert');
SET @thomas = (SELECT id FROM participant WHERE structure_id = 1 AND last_name = 'Morel');
SET @fatou = (SELECT id FROM participant WHERE structure_id = 1 AND last_name = 'Camara');
SET @julien = (SELECT id FROM participant WHERE structure_id = 1 AND last_name = 'Perrin');

INSERT INTO site (structure_id, name, kind, address) VALUES
 (1, 'Parcelle des Landes', 'PARCELLE', 'Les Landes, Vern-sur-Seiche');
SET @plot = LAST_INSERT_ID();
SET @garden = (SELECT id FROM site WHERE structure_id = 1 AND name = 'Jardin de la Prairie');
SET @greenhouse = (SELECT id FROM site WHERE structure_id = 1 AND name = 'Serres du Moulin');
SET @team1 = (SELECT id FROM team WHERE structure_id = 1 AND name = 'Équipe maraîchage');

INSERT INTO team (structure_id, name, supervisor_id) VALUES (1, 'Équipe serres et commandes', 3);
SET @team2 = LAST_INSERT_ID();
INSERT INTO team_member (team_id, participant_id) VALUES (@team2, @fatou), (@team2, @julien), (@team2, @amina);

SET @t_semis = (SELECT id FROM task_type WHERE code = 'SEMIS_MOTTES' AND structure_id IS NULL);
SET @t_cmd = (SELECT id FROM task_type WHERE code = 'COMMANDE_RESTAURATION' AND structure_id IS NULL);
SET @t_lavage = (SELECT id FROM task_type WHERE code = 'LAVAGE_CONDITIONNEMENT' AND structure_id IS NULL);
SET @t_serre = (SELECT id FROM task_type WHERE code = 'MONTAGE_SERRE' AND structure_id IS NULL);
SET @t_moto = (SELECT id FROM task_type WHERE code = 'MOTOBINEUSE' AND structure_id IS NULL);
SET @t_recolte = (SELECT id FROM task_type WHERE code = 'RECOLTE' AND structure_id IS NULL);
SET @t_desherbage = (SELECT id FROM task_type WHERE code = 'DESHERBAGE' AND structure_id IS NULL);
SET @t_haie = (SELECT id FROM task_type WHERE code = 'TAILLE_HAIE' AND structure_id IS NULL);

-- ---------------------------------------------------------------- the last weeks
INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (1, CURDATE() - INTERVAL 20 DAY, @greenhouse, @t_semis, @team2, 150, 3, 'Semis de laitues et de betteraves en mottes.');
SET @r1 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@r1, @fatou), (@r1, @julien), (@r1, @amina), (@r1, @seb);

INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (1, CURDATE() - INTERVAL 15 DAY, @greenhouse, @t_cmd, @team2, 180, 3, 'Commande de la cuisine centrale de Chantepie : 40 kg de carottes, 25 kg de courgettes.');
SET @r2 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@r2, @amina), (@r2, @seb), (@r2, @fatou);

INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (1, CURDATE() - INTERVAL 13 DAY, @greenhouse, @t_semis, @team2, 120, 3, 'Semis de poireaux.');
SET @r3 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@r3, @fatou), (@r3, @julien), (@r3, @seb);

INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (1, CURDATE() - INTERVAL 12 DAY, @plot, @t_serre, @team1, 360, 3, 'Montage du tunnel nantais de 30 m.');
SET @r4 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@r4, @seb), (@r4, @kevin), (@r4, @mc), (@r4, @thomas);

INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (1, CURDATE() - INTERVAL 10 DAY, @greenhouse, @t_cmd, @team2, 180, 3, 'Commande des écoles de Vern : paniers de légumes de saison.');
SET @r5 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@r5, @amina), (@r5, @seb), (@r5, @mc);

INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id)
VALUES (1, CURDATE() - INTERVAL 10 DAY, @greenhouse, @t_lavage, @team2, 120, 3);
SET @r6 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@r6, @fatou), (@r6, @julien);

INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (1, CURDATE() - INTERVAL 6 DAY, @plot, @t_moto, @team1, 240, 3, 'Préparation des planches pour les choux.');
SET @r7 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@r7, @kevin), (@r7, @seb), (@r7, @thomas);

INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (1, CURDATE() - INTERVAL 3 DAY, @greenhouse, @t_cmd, @team2, 180, 3, 'Commande de la cuisine centrale : 60 repas, crudités.');
SET @r8 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@r8, @amina), (@r8, @seb), (@r8, @fatou);

INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id)
VALUES (1, CURDATE() - INTERVAL 2 DAY, @garden, @t_desherbage, @team1, 180, 3);
SET @r9 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@r9, @thomas), (@r9, @mc), (@r9, @kevin), (@r9, @julien);

-- every criterion of these tasks observed: « avec aide » at first, « autonome » in the last two weeks; Sébastien and
-- Marie-Claire are ahead, the newcomers behind
INSERT INTO observation (uuid, structure_id, participant_id, competency_id, level_rank, observed_on, task_record_id, observer_id)
SELECT UUID(), tr.structure_id, tp.participant_id, tc.competency_id,
       CASE WHEN tp.participant_id IN (@seb, @mc) THEN 3
            WHEN tp.participant_id IN (@julien, @thomas) THEN 1 + MOD(tp.participant_id + tc.competency_id, 2)
            WHEN tr.performed_on < CURDATE() - INTERVAL 12 DAY THEN 2
            ELSE 2 + MOD(tp.participant_id + tc.competency_id, 2) END,
       tr.performed_on, tr.id, tr.supervisor_id
FROM task_record tr
JOIN task_record_participant tp ON tp.task_record_id = tr.id
JOIN task_type_criterion tc ON tc.task_type_id = tr.task_type_id
WHERE tr.id IN (@r1, @r2, @r3, @r4, @r5, @r6, @r7, @r8, @r9);

-- what the supervisor noted (shown to the participant in « Mon parcours »)
UPDATE observation SET note = 'A vérifié chaque quantité avec le bon de commande, sans erreur.'
WHERE task_record_id = @r8 AND participant_id = @seb ORDER BY id LIMIT 1;
UPDATE observation SET note = 'Pesée et étiquetage soignés ; a aidé Fatoumata à lire le bon.'
WHERE task_record_id = @r5 AND participant_id = @seb ORDER BY id LIMIT 1;
UPDATE observation SET note = 'Respecte la zone de sécurité autour de la motobineuse, rappelle les consignes aux autres.'
WHERE task_record_id = @r7 AND participant_id = @seb ORDER BY id LIMIT 1;
UPDATE observation SET note = 'Bon travail d''équipe au montage des arceaux.'
WHERE task_record_id = @r4 AND participant_id = @seb ORDER BY id LIMIT 1;
UPDATE observation SET note = 'Organise la préparation toute seule, très fiable.'
WHERE task_record_id = @r8 AND participant_id = @amina ORDER BY id LIMIT 1;
UPDATE observation SET note = 'Demande encore de l''aide pour le réglage de la profondeur.'
WHERE task_record_id = @r3 AND participant_id = @julien ORDER BY id LIMIT 1;

-- ---------------------------------------------------------------- validations signed by the supervisor
-- criteria whose evidence meets the policy (3 observations at « autonome » or more on 2 days at least)
CREATE TEMPORARY TABLE tmp_demo_validation (
    participant_id BIGINT NOT NULL,
    fw_code VARCHAR(40) NOT NULL,
    c_code VARCHAR(20) NOT NULL,
    days_ago INT NOT NULL,
    note VARCHAR(500)
);
INSERT INTO tmp_demo_validation VALUES
 (@seb, 'MARAICHAGE', '4.1', 1, 'Récolte au bon stade, sans abîmer les légumes.'),
 (@seb, 'CLEA', '7.2.2', 1, 'Respecte les consignes de récolte et d''hygiène.'),
 (@seb, 'CLEA', '1.3.4', 2, 'Vérifie les quantités de la commande avec le bon.'),
 (@seb, 'CLEA', '2.1.1', 2, NULL),
 (@mc, 'MARAICHAGE', '4.1', 1, NULL),
 (@mc, 'CLEA', '4.2.2', 1, 'Travaille en binôme avec les nouveaux.');
INSERT INTO validation (structure_id, participant_id, competency_id, status, decided_by, decided_at, note)
SELECT 1, t.participant_id, c.id, 'VALIDATED', 3, CURDATE() - INTERVAL t.days_ago DAY + INTERVAL 17 HOUR, t.note
FROM tmp_demo_validation t
JOIN framework f ON f.code = t.fw_code AND f.structure_id IS NULL AND f.status = 'PUBLISHED'
JOIN competency c ON c.framework_id = f.id AND c.code = t.c_code AND c.kind = 'CRITERION'
WHERE (SELECT COUNT(*) FROM observation o WHERE o.participant_id = t.participant_id AND o.competency_id = c.id
       AND o.level_rank >= 3) >= 3;
INSERT INTO validation_evidence (validation_id, observation_id)
SELECT v.id, o.id FROM validation v
JOIN observation o ON o.participant_id = v.participant_id AND o.competency_id = v.competency_id AND o.level_rank >= 3
WHERE v.structure_id = 1 AND v.participant_id IN (@seb, @mc);
DROP TEMPORARY TABLE tmp_demo_validation;

-- ---------------------------------------------------------------- today, still to observe (« Ma journée »)
INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (1, CURDATE(), @garden, @t_recolte, @team1, 180, 3, 'Récolte pour les paniers du jeudi.');
SET @today1 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id)
SELECT @today1, participant_id FROM team_member WHERE team_id = @team1;
INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (1, CURDATE(), @greenhouse, @t_cmd, @team2, 150, 3, 'Commande de la cuisine centrale de Chantepie.');
SET @today2 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) VALUES (@today2, @amina), (@today2, @fatou), (@today2, @julien);

-- ---------------------------------------------------------------- structure 2: a hedge-trimming team
INSERT INTO team (structure_id, name, supervisor_id) VALUES (2, 'Équipe haies', 6);
SET @hteam = LAST_INSERT_ID();
INSERT INTO team_member (team_id, participant_id) SELECT @hteam, p.id FROM participant p WHERE p.structure_id = 2;
SET @banks = (SELECT id FROM site WHERE structure_id = 2 AND name = 'Chantier des berges');
INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id, note)
VALUES (2, CURDATE() - INTERVAL 2 DAY, @banks, @t_haie, @hteam, 240, 6, 'Taille des haies bocagères le long du halage.');
SET @h1 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) SELECT @h1, participant_id FROM team_member WHERE team_id = @hteam;
INSERT INTO observation (uuid, structure_id, participant_id, competency_id, level_rank, observed_on, task_record_id, observer_id)
SELECT UUID(), 2, tp.participant_id, tc.competency_id, 2, tr.performed_on, tr.id, 6
FROM task_record tr
JOIN task_record_participant tp ON tp.task_record_id = tr.id
JOIN task_type_criterion tc ON tc.task_type_id = tr.task_type_id
WHERE tr.id = @h1;
