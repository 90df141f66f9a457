package fr.sillon.domain.assessment;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.assessment.ValidationRule.Decision;
import fr.sillon.domain.assessment.ValidationRule.Evidence;
import fr.sillon.domain.assessment.ValidationRule.Outcome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Default policy: ≥ 3 observations at or above "Autonome" (rank 3), on ≥ 2 days, latest not below. */
class ValidationRuleTest {
    private static final LocalDate D1 = LocalDate.of(2025, 3, 3);
    private static final LocalDate D2 = LocalDate.of(2025, 3, 4);
    private static final LocalDate D3 = LocalDate.of(2025, 3, 10);
    private final ValidationRule rule = ValidationRule.DEFAULT;
    private final List<Evidence> obs = new ArrayList<>();
    private long nextId = 1;

    private Evidence observe(LocalDate day, int rank) {
        return observe(day, rank, null);
    }

    private Evidence observe(LocalDate day, int rank, Long supersedes) {
        Evidence e = new Evidence(nextId, day, rank, supersedes, day.atTime(9, 0).plusMinutes(nextId));
        nextId++;
        obs.add(e);
        return e;
    }

    private Outcome evaluate() {
        return rule.evaluate(obs, null);
    }

    @Test
    void threeAcquiredObservationsOnTwoDaysAreProposed() {
        observe(D1, 3);
        observe(D1, 4);
        observe(D2, 3);
        Outcome o = evaluate();
        assertTrue(o.meetsPolicy());
        assertTrue(o.proposed());
        assertEquals(3, o.observationsAtOrAbove());
        assertEquals(2, o.distinctDays());
        assertEquals(List.of(3L, 2L, 1L), o.evidenceIds(), "evidence, latest first");
    }

    @Test
    void twoAcquiredObservationsAreNotEnough() {
        observe(D1, 3);
        observe(D2, 3);
        assertFalse(evaluate().meetsPolicy());
    }

    @Test
    void threeObservationsOnTheSameDayAreNotEnough() {
        observe(D1, 3);
        observe(D1, 3);
        observe(D1, 4);
        Outcome o = evaluate();
        assertEquals(1, o.distinctDays());
        assertFalse(o.meetsPolicy());
    }

    @Test
    void levelJustBelowAcquiredDoesNotCount() {
        observe(D1, 3);
        observe(D2, 3);
        observe(D2, 2);
        observe(D3, 3);
        Outcome o = evaluate();
        assertEquals(3, o.observationsAtOrAbove());
        assertTrue(o.meetsPolicy(), "three at rank 3 on three days, latest at rank 3");

        obs.remove(obs.size() - 1);
        assertFalse(evaluate().meetsPolicy(), "the rank 2 observation is not counted");
    }

    @Test
    void latestObservationBelowAcquiredBlocksTheProposal() {
        observe(D1, 3);
        observe(D1, 3);
        observe(D2, 4);
        observe(D3, 2);
        Outcome o = evaluate();
        assertEquals(3, o.observationsAtOrAbove());
        assertEquals(2, o.latestRank());
        assertFalse(o.meetsPolicy());

        ValidationRule lenient = new ValidationRule(3, 2, false, 3);
        assertTrue(lenient.evaluate(obs, null).meetsPolicy(), "a policy may ignore the latest level");
    }

    @Test
    void latestIsDecidedByDayObservedThenByRecordingTime() {
        observe(D2, 3);
        observe(D2, 4);
        // recorded later but observed earlier (back-dated entry): not the latest
        obs.add(new Evidence(nextId++, D1, 1, null, D3.atTime(18, 0)));
        observe(D2, 3);
        assertEquals(3, evaluate().latestRank());
        assertFalse(evaluate().meetsPolicy(), "only one day at or above");
        observe(D3, 3);
        assertTrue(evaluate().meetsPolicy());
    }

    @Test
    void supersededObservationIsIgnoredAndItsCorrectionCounts() {
        Evidence wrong = observe(D1, 4);
        observe(D2, 3);
        observe(D2, 3);
        assertTrue(evaluate().meetsPolicy());

        observe(D1, 1, wrong.id()); // correction: it was a mistake, the participant was only "Guidé"
        Outcome o = evaluate();
        assertEquals(2, o.observationsAtOrAbove());
        assertFalse(o.evidenceIds().contains(wrong.id()));
        assertFalse(o.meetsPolicy());
    }

    @Test
    void correctionUpwardsCountsAsEvidence() {
        Evidence low = observe(D1, 2);
        observe(D2, 3);
        observe(D2, 3);
        assertFalse(evaluate().meetsPolicy());
        Evidence fix = observe(D1, 3, low.id());
        Outcome o = evaluate();
        assertTrue(o.meetsPolicy());
        assertTrue(o.evidenceIds().contains(fix.id()));
    }

    @Test
    void correctionToNotObservedRemovesTheEvidenceWithoutBecomingTheLatest() {
        observe(D1, 3);
        observe(D2, 3);
        observe(D2, 3);
        Evidence wrongPerson = observe(D3, 4);
        observe(D3, ValidationRule.NOT_OBSERVED_RANK, wrongPerson.id());
        Outcome o = evaluate();
        assertEquals(3, o.observationsAtOrAbove());
        assertEquals(3, o.latestRank(), "a « non observé » row is not an observation");
        assertTrue(o.meetsPolicy());
    }

    @Test
    void validatedCriterionIsNotProposedAgain() {
        observe(D1, 3);
        observe(D2, 3);
        observe(D3, 3);
        Outcome o = rule.evaluate(obs, new Decision(ValidationStatus.VALIDATED, D3.atTime(17, 0)));
        assertTrue(o.meetsPolicy());
        assertFalse(o.proposed());
    }

    @Test
    void revokedValidationAllowsANewProposal() {
        observe(D1, 3);
        observe(D2, 3);
        observe(D3, 3);
        Outcome o = rule.evaluate(obs, new Decision(ValidationStatus.REVOKED, D3.atTime(17, 0)));
        assertTrue(o.proposed());
    }

    @Test
    void declinedCriterionComesBackOnlyWithNewEvidence() {
        observe(D1, 3);
        observe(D2, 3);
        observe(D2, 3);
        Decision declined = new Decision(ValidationStatus.DECLINED, D2.atTime(18, 0));
        assertFalse(rule.evaluate(obs, declined).proposed());
        observe(D3, 3);
        assertTrue(rule.evaluate(obs, declined).proposed());
    }

    @Test
    void noObservationMeansNothing() {
        Outcome o = evaluate();
        assertFalse(o.meetsPolicy());
        assertNull(o.latestRank());
        assertEquals(0, o.observationsAtOrAbove());
    }

    @Test
    void singleObservationPolicy() {
        ValidationRule once = new ValidationRule(1, 1, true, 3);
        observe(D1, 2);
        assertFalse(once.evaluate(obs, null).meetsPolicy());
        observe(D1, 3);
        assertTrue(once.evaluate(obs, null).meetsPolicy());
    }

    @Test
    void incoherentPolicyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ValidationRule(0, 1, true, 3));
        assertThrows(IllegalArgumentException.class, () -> new ValidationRule(2, 3, true, 3));
    }
}
