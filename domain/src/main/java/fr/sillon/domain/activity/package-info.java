/**
 * The work of a structure: sites, teams, the catalogue of task types (shipped or the structure's own, each linked
 * to the criteria it lets supervisors observe) and the task records of a day.
 */
package fr.sillon.domain.activity;
