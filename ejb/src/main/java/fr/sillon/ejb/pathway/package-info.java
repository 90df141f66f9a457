/**
 * Use cases of the pathway context, one service per section of the pathway page (participants, contracts, follow-
 * up, immersions, trainings, exit, referent assignments, reports), and {@code PathwayQueries}, the only class that
 * reads the context's tables, for these services and for the other contexts.
 */
package fr.sillon.ejb.pathway;
