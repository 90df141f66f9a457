/**
 * Use cases of the pathway context, one service per section of the pathway page (participants, contracts, follow-up,
 * immersions, trainings, exit, referent assignments, reports), and the only classes that read the context's tables:
 * {@code PathwayQueries} (for these services) and {@code PathwaySummaries} (for the other contexts).
 */
package fr.sillon.ejb.pathway;
