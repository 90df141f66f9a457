-- Issue 13, point 4: CléA has 106 criteria (certificat-clea.fr and AKTO: 7 domains, 28 sub-domains, 106 criteria).
-- The 107th of V3 was the split of « Identifier les principales priorités, contraintes et difficultés » (5.2.3) into
-- 5.2.3 and 5.2.4. 5.2.4 is merged into 5.2.3 with the official title; everything that pointed at 5.2.4 is moved,
-- no evidence lost:
--   * task-type links: 5.2.3 added where missing, 5.2.4 removed;
--   * observations: moved to 5.2.3 (they stay append-only rows; only the criterion they evidence changes);
--   * validations: moved to 5.2.3; when the participant already holds an active validation of 5.2.3, the active one of
--     5.2.4 is kept as REVOKED (reason: the merge) and its evidence is added to the 5.2.3 one;
--   * validation policies are per framework (validation_policy), not per criterion: nothing to move.
-- The code of 5.2.5 is kept (renumbering would break issued certificates and exported files that cite it).
-- Issued certificates keep their snapshot (they are never changed).
SET @fw = (SELECT id FROM framework WHERE code = 'CLEA' AND fw_version = '2018' AND structure_id IS NULL);
SET @c3 = (SELECT id FROM competency WHERE framework_id = @fw AND code = '5.2.3');
SET @c4 = (SELECT id FROM competency WHERE framework_id = @fw AND code = '5.2.4');

UPDATE competency SET title = 'Identifier les principales priorités, contraintes et difficultés', description = NULL
 WHERE id = @c3;

INSERT IGNORE INTO task_type_criterion (task_type_id, competency_id)
SELECT task_type_id, @c3 FROM task_type_criterion WHERE competency_id = @c4;
DELETE FROM task_type_criterion WHERE competency_id = @c4;

UPDATE observation SET competency_id = @c3 WHERE competency_id = @c4;

-- the evidence of a duplicate active validation joins the kept one
INSERT IGNORE INTO validation_evidence (validation_id, observation_id)
SELECT keep.id, ev.observation_id
  FROM validation dup
  JOIN validation keep ON keep.participant_id = dup.participant_id AND keep.competency_id = @c3
                      AND keep.status = 'VALIDATED'
  JOIN validation_evidence ev ON ev.validation_id = dup.id
 WHERE dup.competency_id = @c4 AND dup.status = 'VALIDATED';
UPDATE validation dup
  JOIN validation keep ON keep.participant_id = dup.participant_id AND keep.competency_id = @c3
                      AND keep.status = 'VALIDATED'
   SET dup.status = 'REVOKED', dup.revoked_by = dup.decided_by, dup.revoked_at = CURRENT_TIMESTAMP(6),
       dup.revoke_reason = 'Fusion du critère CléA 5.2.4 dans 5.2.3 (106 critères) : validation déjà acquise sur 5.2.3'
 WHERE dup.competency_id = @c4 AND dup.status = 'VALIDATED';
UPDATE validation SET competency_id = @c3 WHERE competency_id = @c4;

DELETE FROM competency WHERE id = @c4;
UPDATE competency SET position = 4 WHERE framework_id = @fw AND code = '5.2.5';

UPDATE framework
   SET source = 'Code du travail D6113-29/D6113-30 ; certificat-clea.fr et AKTO (7 domaines, 28 sous-domaines, 106 critères ; 5.2.3 « Identifier les principales priorités, contraintes et difficultés » en un seul critère) ; libellés d''après des bases publiques de suivi de formation (GRETA 2020)'
 WHERE id = @fw;
