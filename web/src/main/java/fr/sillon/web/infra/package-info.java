/**
 * Web plumbing: {@code Ui} (French texts of the web bundle and broken rules as messages), {@code LocalDateConverter}
 * (every date of the pages shown and typed as dd/MM/yyyy) and the health servlet.
 */
package fr.sillon.web.infra;
