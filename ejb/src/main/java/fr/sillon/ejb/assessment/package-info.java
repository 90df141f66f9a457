/**
 * Use cases of the assessment context, one service per concern: {@code ObservationService} (grid, batches,
 * corrections, history) with {@code ObservationBatch} (the per-item checks), {@code ValidationService} (proposals
 * and decisions) with {@code PolicyQuery} (the policy's SQL, checked against {@code ValidationRule} by an IT), and
 * {@code ProgressQueries} (progress, levels, and the validations other contexts show).
 */
package fr.sillon.ejb.assessment;
