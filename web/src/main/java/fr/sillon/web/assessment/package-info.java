/**
 * Screens of the assessment context: the observation grid, the validation queue and a participant's evidence.
 */
package fr.sillon.web.assessment;
