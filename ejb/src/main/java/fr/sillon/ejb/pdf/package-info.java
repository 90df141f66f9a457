/**
 * The documents' shared PDF layer: {@code PdfFlow} (A4 flow of styled, wrapped, tagged text with page breaks and a
 * header/footer hook) and {@code PdfMetadata} (document information, XMP and output intent for PDF/A-2b), used by the
 * certificates and by the referent's pathway summary.
 */
package fr.sillon.ejb.pdf;
