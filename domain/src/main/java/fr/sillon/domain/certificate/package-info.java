/**
 * Skills certificates: the numbered, frozen snapshot of what a certificate states, its content grouped by
 * framework and domain, contract hours and SST validity as stated, and the batches of certificates for the exits
 * of a period.
 */
package fr.sillon.domain.certificate;
