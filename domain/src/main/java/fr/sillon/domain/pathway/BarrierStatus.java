package fr.sillon.domain.pathway;

public enum BarrierStatus {
    IDENTIFIE, EN_COURS, LEVE
}
