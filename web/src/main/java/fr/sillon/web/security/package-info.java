/**
 * Login and the session's view of the caller.
 */
package fr.sillon.web.security;
