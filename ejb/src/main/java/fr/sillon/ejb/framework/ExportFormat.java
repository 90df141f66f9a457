package fr.sillon.ejb.framework;

public enum ExportFormat {
    CSV, JSON
}
