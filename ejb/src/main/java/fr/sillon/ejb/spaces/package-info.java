/**
 * The participant's and the referent's spaces: « Mon parcours » (the caller's own record only) and the summaries
 * of the pathways assigned to a referent, with their PDF. Reads the other contexts through their queries classes.
 */
package fr.sillon.ejb.spaces;
