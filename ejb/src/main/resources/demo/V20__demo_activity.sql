-- Demo data of the activity and assessment contexts (demo mode only): sites and a team of « Les Jardins du Sillon »,
-- the team made of the structure's demo participants (if the pathway demo data created some), two past harvests
-- with observations, so that the validation queue and the progress pages have something to show.
INSERT INTO site (structure_id, name, kind, address) VALUES
 (1, 'Jardin de la Prairie', 'JARDIN', 'Lieu-dit La Prairie, route de Vern, Chantepie'),
 (1, 'Serres du Moulin', 'SERRE', 'Chemin du Moulin, Chantepie'),
 (2, 'Chantier des berges', 'CHANTIER', 'Quai de la Vilaine, Redon');
SET @garden = (SELECT id FROM site WHERE structure_id = 1 AND name = 'Jardin de la Prairie');

INSERT INTO team (structure_id, name, supervisor_id) VALUES (1, 'Équipe maraîchage', 3);
SET @team = LAST_INSERT_ID();
INSERT INTO team_member (team_id, participant_id)
SELECT @team, p.id FROM participant p WHERE p.structure_id = 1 AND p.anonymised = FALSE ORDER BY p.id LIMIT 6;

SET @harvest = (SELECT id FROM task_type WHERE code = 'RECOLTE' AND structure_id IS NULL);
INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id)
VALUES (1, CURRENT_DATE - INTERVAL 8 DAY, @garden, @harvest, @team, 180, 3);
SET @t1 = LAST_INSERT_ID();
INSERT INTO task_record (structure_id, performed_on, site_id, task_type_id, team_id, duration_minutes, supervisor_id)
VALUES (1, CURRENT_DATE - INTERVAL 1 DAY, @garden, @harvest, @team, 180, 3);
SET @t2 = LAST_INSERT_ID();
INSERT INTO task_record_participant (task_record_id, participant_id) SELECT @t1, participant_id FROM team_member WHERE team_id = @team;
INSERT INTO task_record_participant (task_record_id, participant_id) SELECT @t2, participant_id FROM team_member WHERE team_id = @team;

-- every criterion of the harvest at « Autonome » twice on the first day, once on the second: the policy is met
INSERT INTO observation (uuid, structure_id, participant_id, competency_id, level_rank, observed_on, task_record_id, observer_id)
SELECT UUID(), 1, tp.participant_id, tc.competency_id, 3, tr.performed_on, tr.id, 3
FROM task_record tr JOIN task_record_participant tp ON tp.task_record_id = tr.id
JOIN task_type_criterion tc ON tc.task_type_id = tr.task_type_id
JOIN (SELECT 1 AS n UNION ALL SELECT 2) twice
WHERE tr.id = @t1;
INSERT INTO observation (uuid, structure_id, participant_id, competency_id, level_rank, observed_on, task_record_id, observer_id)
SELECT UUID(), 1, tp.participant_id, tc.competency_id, 3, tr.performed_on, tr.id, 3
FROM task_record tr JOIN task_record_participant tp ON tp.task_record_id = tr.id
JOIN task_type_criterion tc ON tc.task_type_id = tr.task_type_id
WHERE tr.id = @t2;
