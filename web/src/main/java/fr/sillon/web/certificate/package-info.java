/**
 * Screens of the certificate context: issuing, listing and revoking certificates, and the public verification
 * page.
 */
package fr.sillon.web.certificate;
