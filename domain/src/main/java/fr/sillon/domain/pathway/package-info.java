/**
 * CDDI pathways: participants, pathways (stays), contracts, interviews and barriers with their agreed actions,
 * immersions (PMSMP), trainings, exits, referent assignments, and the rules of the trade (CDDI limits, PMSMP
 * limits, exit categories, alerts, retention).
 */
package fr.sillon.domain.pathway;
