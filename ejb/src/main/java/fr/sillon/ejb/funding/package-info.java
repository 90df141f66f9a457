/**
 * What funders ask for (issue 19): hours and absences per month and the FTE they consume against the annexe
 * financière, the yearly bilan of the dialogue de gestion, the follow-up 6 months after exit, the ASP's déclaration
 * d'accompagnement. Coordinators only, scoped to the caller's structure; pathway tables are read through
 * {@link fr.sillon.ejb.pathway.PathwayQueries} only; every export is audited.
 */
package fr.sillon.ejb.funding;
