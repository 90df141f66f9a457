/**
 * Web plumbing: {@code Ui} (French texts of the web bundle and broken rules as messages), error handling,
 * converters.
 */
package fr.sillon.web.infra;
