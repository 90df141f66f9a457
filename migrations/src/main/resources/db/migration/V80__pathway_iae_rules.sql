-- Issue 13: IAE rules at every boundary (Code du travail L5132-15-1, R5132-1-2 … R5132-1-8, D5132-43-5, D5135-3).

-- 1. Prolongations beyond 24 months: 50+ (R5132-1-8 2° a, 84 months) and RQTH (2° b, 60 months) are two exceptions.
--    Existing SENIOR_OR_RQTH rows become SENIOR when the person was 50 or more on the contract start, else RQTH.
ALTER TABLE contract DROP CONSTRAINT ck_contract_exception;
UPDATE contract c JOIN pathway p ON p.id = c.pathway_id JOIN participant pa ON pa.id = p.participant_id
   SET c.exception_kind = CASE WHEN pa.birth_date IS NOT NULL
                                    AND TIMESTAMPDIFF(YEAR, pa.birth_date, c.start_date) >= 50 THEN 'SENIOR'
                               ELSE 'RQTH' END
 WHERE c.exception_kind = 'SENIOR_OR_RQTH';
ALTER TABLE contract ADD CONSTRAINT ck_contract_exception CHECK (exception_kind IN
    ('NONE','TRAINING_IN_PROGRESS','SENIOR','RQTH','PARTICULAR_DIFFICULTIES','SENTENCE_ADJUSTMENT'));

-- 10. Who decided a prolongation beyond 24 months, when, on what bilan (L5132-15-1, R5132-1-8).
-- 11. The training to finish must already be under way at the end of the contract: its start is recorded.
ALTER TABLE contract
    ADD COLUMN training_start  DATE          AFTER exception_kind,
    ADD COLUMN decider_kind    VARCHAR(12)   AFTER training_end,
    ADD COLUMN decider_name    VARCHAR(200)  AFTER decider_kind,
    ADD COLUMN decided_on      DATE          AFTER decider_name,
    ADD COLUMN decision_bilan  VARCHAR(4000) AFTER decided_on,
    ADD CONSTRAINT ck_contract_decider CHECK (decider_kind IS NULL OR decider_kind IN ('PRESCRIBER','STRUCTURE'));

-- 7. Suspensions of a CDDI (R5132-1-3: more than 15 days suspends the PASS IAE and pushes its end back).
CREATE TABLE contract_suspension (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id    BIGINT       NOT NULL,
    contract_id     BIGINT       NOT NULL,
    participant_id  BIGINT       NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE         NOT NULL,
    reason          VARCHAR(20)  NOT NULL,
    note            VARCHAR(500),
    created_by      VARCHAR(100),
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_suspension_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_suspension_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_suspension_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT ck_suspension_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_suspension_reason CHECK (reason IN ('PMSMP','TRIAL_PERIOD','SICKNESS','WORK_ACCIDENT',
        'MATERNITY_PATERNITY','INCARCERATION','OTHER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the working-day check of every observation reads the participant's suspensions by date
CREATE INDEX ix_suspension_participant_dates ON contract_suspension (participant_id, start_date, end_date);
CREATE INDEX ix_suspension_contract ON contract_suspension (contract_id);
CREATE INDEX ix_suspension_structure_end ON contract_suspension (structure_id, end_date);

-- 8. The préfet's derogation below 20 h a week: at most 12 months, prolonged after an employer's bilan
--    only to finish the prescribed actions (D5132-43-5).
CREATE TABLE hours_derogation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id       BIGINT        NOT NULL,
    pathway_id         BIGINT        NOT NULL,
    reference          VARCHAR(100)  NOT NULL,
    start_date         DATE          NOT NULL,
    end_date           DATE          NOT NULL,
    prolonged_until    DATE,
    bilan_on           DATE,
    bilan              VARCHAR(4000),
    actions_to_finish  VARCHAR(2000),
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_derogation_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_derogation_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_derogation_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_derogation_prolongation CHECK (prolonged_until IS NULL
        OR (prolonged_until > end_date AND bilan_on IS NOT NULL AND bilan IS NOT NULL AND actions_to_finish IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_derogation_pathway ON hours_derogation (pathway_id, start_date);
CREATE INDEX ix_derogation_structure ON hours_derogation (structure_id);
-- Contracts below 20 h recorded before this migration keep their reference; the derogation period is unknown:
-- one period from the contract start, of 12 months at most, is recorded so that renewals are checked against it.
INSERT INTO hours_derogation (structure_id, pathway_id, reference, start_date, end_date)
SELECT c.structure_id, c.pathway_id, COALESCE(c.derogation_reference, 'inconnue'), MIN(c.start_date),
       LEAST(MAX(c.planned_end), DATE_SUB(DATE_ADD(MIN(c.start_date), INTERVAL 12 MONTH), INTERVAL 1 DAY))
  FROM contract c WHERE c.hours_derogation = TRUE
 GROUP BY c.structure_id, c.pathway_id, COALESCE(c.derogation_reference, 'inconnue');

-- 6. A new parcours within 2 years of the end of the previous one only on a prescriber's decision (R5132-1-4).
ALTER TABLE pathway
    ADD COLUMN new_parcours_prescriber  VARCHAR(200) AFTER coordinator_id,
    ADD COLUMN new_parcours_decided_on  DATE         AFTER new_parcours_prescriber;

-- 12. The ASP counts an ACI exit after at least 3 months worked; shorter stays are shown apart (not in rates).
--     Backfill: days under contract up to the exit ≥ days of 3 months « de date à date » from the first contract
--     (no suspension existed before this migration).
ALTER TABLE pathway_exit ADD COLUMN counted_in_rates BOOLEAN NOT NULL DEFAULT TRUE AFTER comment;
UPDATE pathway_exit e
   SET e.counted_in_rates = COALESCE((
       SELECT SUM(GREATEST(0, DATEDIFF(LEAST(c.planned_end, e.exit_date), c.start_date) + 1))
              >= DATEDIFF(CASE WHEN DAY(DATE_ADD(MIN(c.start_date), INTERVAL 3 MONTH)) <> DAY(MIN(c.start_date))
                               THEN DATE_ADD(MIN(c.start_date), INTERVAL 3 MONTH)
                               ELSE DATE_SUB(DATE_ADD(MIN(c.start_date), INTERVAL 3 MONTH), INTERVAL 1 DAY) END,
                          MIN(c.start_date)) + 1
         FROM contract c WHERE c.pathway_id = e.pathway_id AND c.start_date <= e.exit_date), FALSE);
CREATE INDEX ix_exit_structure_counted ON pathway_exit (structure_id, counted_in_rates, exit_date);
