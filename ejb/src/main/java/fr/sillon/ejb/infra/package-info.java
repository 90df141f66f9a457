/**
 * Start-up and operations: Flyway migrations at start-up, the demo data loader, the health check.
 */
package fr.sillon.ejb.infra;
