/**
 * What funders ask for (issue 19): hours worked and absences per month, FTE consumed against the agreed FTE of the
 * annexe financière, the small-cell rule of non-nominative reports, the ASP barrier types of the déclaration
 * d'accompagnement, and the follow-up 6 months after exit. Plain rules, unit-tested; the exit categories, the
 * 3-month rule and the contract-hours formula stay those of the pathway context.
 */
package fr.sillon.domain.funding;
