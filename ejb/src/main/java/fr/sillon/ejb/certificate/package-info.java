/**
 * Use cases of the certificate context: snapshot, numbering, PDF rendering (PDFBox, PDF/A-2b), signature and
 * verification of skills certificates, batches for the exits of a period. Reads pathways through {@code
 * PathwayQueries}.
 */
package fr.sillon.ejb.certificate;
