/**
 * Competency frameworks (CléA, CléA numérique, SST, job skills): the tree of domains and criteria, proficiency
 * scales, validation policies, and their import and export formats.
 */
package fr.sillon.domain.framework;
