/**
 * The REST API ({@code /api/v1}, HTTP Basic): observations from the field app, frameworks, certificates, the
 * caller; French errors as JSON, never a stack trace.
 */
package fr.sillon.web.api;
