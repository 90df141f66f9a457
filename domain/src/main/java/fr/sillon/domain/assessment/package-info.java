/**
 * Observations of participants at work (immutable rows, corrected by superseding rows), validation decisions, and
 * {@link fr.sillon.domain.assessment.ValidationRule}, the specification of the validation policy that the SQL of
 * the assessment services must agree with.
 */
package fr.sillon.domain.assessment;
