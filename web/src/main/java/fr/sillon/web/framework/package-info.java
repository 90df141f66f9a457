/**
 * Screens of the framework context: the tree of a framework, its detail, import and export.
 */
package fr.sillon.web.framework;
