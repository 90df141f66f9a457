package fr.sillon.domain.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The validation policy of a framework applied to the evidence of one participant on one criterion: a criterion is <em>proposed</em> for validation when, among the participant's
 * observations of it that no correction supersedes,
 * <ul>
 *   <li>at least {@code minObservations} are at or above the scale's acquired level,</li>
 *   <li>those observations fall on at least {@code minDistinctDays} different days,</li>
 *   <li>and, if {@code latestAtOrAbove}, the latest observation is not below the acquired level;</li>
 * </ul>
 * and the criterion is not already validated. A revoked validation does not block a new proposal; a declined
 * one blocks it until new evidence is recorded after the decision.
 *
 * <p>The same rule is expressed in SQL by {@code PolicyQuery} of the assessment services for lists (so that
 * observations are not loaded into memory); this class is the specification, and {@code PolicyQueryIT} runs both on
 * the same evidence and checks that they agree.
 */
public final class ValidationRule {

    /** Default policy (a framework without a policy row): 3 observations at or above acquired, on 2 different days, latest not below. */
    public static final ValidationRule DEFAULT = new ValidationRule(3, 2, true, 3);

    private final int minObservations;
    private final int minDistinctDays;
    private final boolean latestAtOrAbove;
    private final int acquiredRank;

    public ValidationRule(int minObservations, int minDistinctDays, boolean latestAtOrAbove, int acquiredRank) {
        if (minObservations < 1 || minDistinctDays < 1 || minDistinctDays > minObservations) {
            throw new IllegalArgumentException("Politique de validation incohérente : " + minObservations
                    + " observation(s) sur " + minDistinctDays + " jour(s)");
        }
        this.minObservations = minObservations;
        this.minDistinctDays = minDistinctDays;
        this.latestAtOrAbove = latestAtOrAbove;
        this.acquiredRank = acquiredRank;
    }

    /** One observation as the rule sees it. {@code recordedAt} orders observations of the same day. */
    public record Evidence(long id, LocalDate observedOn, int levelRank, Long supersedesId, LocalDateTime recordedAt) {
        public Evidence {
            Objects.requireNonNull(observedOn, "observedOn");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /** The last decision taken on the criterion for the participant, if any. */
    public record Decision(ValidationStatus status, LocalDateTime decidedAt) {
        public Decision {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }
    }

    /** What the rule found, with the evidence a validation would rest on. */
    public record Outcome(boolean meetsPolicy, boolean proposed, int observationsAtOrAbove, int distinctDays,
                          Integer latestRank, List<Long> evidenceIds) {
    }

    /** Rank of « Non observé » on every scale: a row at this rank (a correction to "not observed") is no evidence. */
    public static final int NOT_OBSERVED_RANK = 0;

    /**
     * Observations that count: every observation that no other observation of the list supersedes, and that
     * is not at the « non observé » rank.
     */
    public static List<Evidence> effective(Collection<Evidence> observations) {
        Set<Long> superseded = new HashSet<>();
        for (Evidence e : observations) {
            if (e.supersedesId() != null) {
                superseded.add(e.supersedesId());
            }
        }
        return observations.stream()
                .filter(e -> !superseded.contains(e.id()) && e.levelRank() > NOT_OBSERVED_RANK).toList();
    }

    /** Applies the policy to the participant's observations of one criterion (corrections included). */
    public Outcome evaluate(Collection<Evidence> observations, Decision lastDecision) {
        List<Evidence> effective = effective(observations);
        List<Evidence> atOrAbove = effective.stream().filter(e -> e.levelRank() >= acquiredRank)
                .sorted(ORDER.reversed()).toList();
        long days = atOrAbove.stream().map(Evidence::observedOn).distinct().count();
        Evidence latest = effective.stream().max(ORDER).orElse(null);
        boolean meets = atOrAbove.size() >= minObservations
                && days >= minDistinctDays
                && (!latestAtOrAbove || (latest != null && latest.levelRank() >= acquiredRank));
        boolean proposed = meets && !blocks(lastDecision, effective);
        return new Outcome(meets, proposed, atOrAbove.size(), (int) days,
                latest == null ? null : latest.levelRank(),
                atOrAbove.stream().map(Evidence::id).toList());
    }

    private static boolean blocks(Decision decision, List<Evidence> effective) {
        if (decision == null) {
            return false;
        }
        return switch (decision.status()) {
            case VALIDATED -> true;
            case REVOKED -> false;
            // a declined criterion comes back only with evidence recorded after the decision
            case DECLINED -> effective.stream().noneMatch(e -> e.recordedAt().isAfter(decision.decidedAt()));
        };
    }

    /** Chronological order of evidence: day observed, then time recorded, then id. */
    static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::observedOn)
            .thenComparing(Evidence::recordedAt).thenComparingLong(Evidence::id);

    public int minObservations() { return minObservations; }
    public int minDistinctDays() { return minDistinctDays; }
    public boolean latestAtOrAbove() { return latestAtOrAbove; }
    public int acquiredRank() { return acquiredRank; }
}
