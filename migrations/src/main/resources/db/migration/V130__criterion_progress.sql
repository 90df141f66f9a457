-- Issue 16 (network scale): a read model of the assessment context, so that the validation queue, the home page's
-- count of it and a participant's progress never scan a structure's history of observations.
--
-- One row per participant × criterion having at least one effective observation (not superseded, level > 0): what the
-- validation policy reads (PolicyQuery), kept up to date by fr.sillon.ejb.assessment.CriterionProgress in the same
-- transaction as the observation, correction or decision that changes it (and by the structure's policy settings).
-- `ready` = meets the framework's policy, not validated, not declined since the last evidence: the validation queue.
CREATE TABLE criterion_progress (
    participant_id   BIGINT      NOT NULL,
    competency_id    BIGINT      NOT NULL,
    structure_id     BIGINT      NOT NULL,
    n_effective      INT         NOT NULL, -- effective observations (level > 0)
    n_ok             INT         NOT NULL, -- of which at or above the scale's acquired level
    days_ok          INT         NOT NULL, -- distinct days of those
    latest_rank      INT         NOT NULL, -- level of the latest effective observation (day, then recording time)
    last_observed    DATE        NOT NULL,
    last_recorded    DATETIME(6) NOT NULL,
    validated        BOOLEAN     NOT NULL, -- an active (VALIDATED) decision exists
    last_declined_at DATETIME(6),          -- the latest DECLINED decision
    ready            BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (participant_id, competency_id),
    CONSTRAINT fk_cprogress_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_cprogress_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT fk_cprogress_structure FOREIGN KEY (structure_id) REFERENCES structure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the queue of a structure (and its count) reads only its ready rows
CREATE INDEX ix_cprogress_queue ON criterion_progress (structure_id, ready, participant_id);
CREATE INDEX ix_cprogress_competency ON criterion_progress (competency_id);

-- Back-fill from the existing observations and decisions (the same statement as CriterionProgress.INSERT_SQL).
INSERT INTO criterion_progress (participant_id, competency_id, structure_id, n_effective, n_ok, days_ok, latest_rank,
                                last_observed, last_recorded, validated, last_declined_at)
SELECT e.participant_id, e.competency_id, MAX(e.structure_id), COUNT(*),
       SUM(CASE WHEN e.level_rank >= sc.acquired_rank THEN 1 ELSE 0 END),
       COUNT(DISTINCT CASE WHEN e.level_rank >= sc.acquired_rank THEN e.observed_on END),
       MAX(CASE WHEN e.rn = 1 THEN e.level_rank END), MAX(e.observed_on), MAX(e.created_at),
       EXISTS (SELECT 1 FROM validation v WHERE v.participant_id = e.participant_id
               AND v.competency_id = e.competency_id AND v.status = 'VALIDATED'),
       (SELECT MAX(v.decided_at) FROM validation v WHERE v.participant_id = e.participant_id
               AND v.competency_id = e.competency_id AND v.status = 'DECLINED')
FROM (SELECT o.structure_id, o.participant_id, o.competency_id, o.level_rank, o.observed_on, o.created_at,
             ROW_NUMBER() OVER (PARTITION BY o.participant_id, o.competency_id
                                ORDER BY o.observed_on DESC, o.created_at DESC, o.id DESC) AS rn
      FROM observation o
      WHERE o.level_rank > 0 AND NOT EXISTS (SELECT 1 FROM observation x WHERE x.supersedes_id = o.id)) e
JOIN competency c ON c.id = e.competency_id
JOIN framework f ON f.id = c.framework_id
JOIN scale sc ON sc.id = f.scale_id
GROUP BY e.participant_id, e.competency_id;

-- The policy applied (the same statement as CriterionProgress.READY_SQL; defaults = ValidationRule.DEFAULT: 3, 2, yes).
UPDATE criterion_progress cp
JOIN competency c ON c.id = cp.competency_id
JOIN framework f ON f.id = c.framework_id
JOIN scale sc ON sc.id = f.scale_id
LEFT JOIN validation_policy vp ON vp.framework_id = f.id
SET cp.ready = (cp.n_ok >= COALESCE(vp.min_observations, 3) AND cp.days_ok >= COALESCE(vp.min_distinct_days, 2)
                AND (COALESCE(vp.latest_at_or_above, TRUE) = FALSE OR cp.latest_rank >= sc.acquired_rank)
                AND NOT cp.validated AND (cp.last_declined_at IS NULL OR cp.last_declined_at < cp.last_recorded));

-- Bounded reads: « Mon parcours » and the evidence history (one participant, by day, latest first), the decisions
-- list (a structure's or a participant's decisions, latest first, one page).
CREATE INDEX ix_observation_participant_day ON observation (participant_id, observed_on, created_at);
CREATE INDEX ix_validation_structure_decided ON validation (structure_id, decided_at, id);
CREATE INDEX ix_validation_participant_decided ON validation (participant_id, decided_at);
