package fr.sillon.domain.pathway;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** ASP education levels (ref_niveau_formation_v3), stored by their ASP code. */
public enum EducationLevel {
    NON_CERTIFYING("00", "Personne avec qualifications non certifiantes"),
    NEVER_SCHOOLED("01", "Jamais scolarisé"),
    POSTGRADUATE("10", "Troisième cycle ou école d'ingénieur"),
    LICENCE("20", "Niveau licence"),
    BTS_DUT("30", "Niveau BTS/DUT"),
    BAC("40", "Niveau bac"),
    BT_BAC_PRO("41", "BT ou bac pro"),
    BEP_CAP("50", "Niveau BEP/CAP"),
    CAP_BEP_OBTAINED("51", "Diplôme CAP/BEP obtenu"),
    SHORT_TRAINING("60", "Formation courte d'un an"),
    COMPULSORY_ONLY("70", "Pas de formation au-delà de la scolarité obligatoire");

    private final String code;
    private final String label;

    EducationLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }
    public String label() { return label; }

    /** Levels that qualify for the CAP_BEP eligibility criterion (niveau 3 ou infra). */
    public boolean qualifiesCapBep() {
        return this == NON_CERTIFYING || this == NEVER_SCHOOLED || this == BEP_CAP || this == CAP_BEP_OBTAINED
                || this == COMPULSORY_ONLY;
    }

    public static EducationLevel ofCode(String code) {
        return code == null ? null : Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Niveau de formation ASP inconnu : " + code));
    }

    /** Stores the ASP code. */
    @Converter
    public static class CodeConverter implements AttributeConverter<EducationLevel, String> {
        @Override
        public String convertToDatabaseColumn(EducationLevel level) {
            return level == null ? null : level.code;
        }

        @Override
        public EducationLevel convertToEntityAttribute(String code) {
            return ofCode(code);
        }
    }
}
