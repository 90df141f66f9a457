/**
 * Use cases of the activity context: sites, teams, the task catalogue and the task records of supervisors.
 */
package fr.sillon.ejb.activity;
