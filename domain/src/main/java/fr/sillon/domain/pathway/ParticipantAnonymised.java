package fr.sillon.domain.pathway;

/**
 * Told to the other contexts when a person's data is anonymised at the end of its retention period (gdpr.md), in the
 * same transaction, so that each erases what it holds of them (certificates: the name in the snapshot and the PDF).
 */
public record ParticipantAnonymised(long participantId, long structureId) {
}
