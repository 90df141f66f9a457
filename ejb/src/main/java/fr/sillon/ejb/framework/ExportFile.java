package fr.sillon.ejb.framework;

/** An exported file. */
public record ExportFile(String fileName, String contentType, byte[] content) {
}
