/**
 * Who calls: the authenticated caller resolved once per request, the identity store and authentication mechanism,
 * account administration and the audit trail's writer and reader.
 */
package fr.sillon.ejb.access;
