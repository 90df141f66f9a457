/**
 * Screens of the activity context: sites, teams, the task catalogue and recording a task.
 */
package fr.sillon.web.activity;
