/**
 * Screens of the spaces: « Ma journée » of supervisors, « Mon parcours » of participants, the referent's pathways,
 * accounts and audit.
 */
package fr.sillon.web.spaces;
