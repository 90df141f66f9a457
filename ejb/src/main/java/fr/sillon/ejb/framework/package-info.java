/**
 * Use cases of the framework context: browsing, searching, importing, exporting and publishing competency
 * frameworks.
 */
package fr.sillon.ejb.framework;
