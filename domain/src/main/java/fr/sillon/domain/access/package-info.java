/**
 * Structures (the tenants), user accounts with their role, partner organisations of the referents, and the append-
 * only audit trail.
 */
package fr.sillon.domain.access;
