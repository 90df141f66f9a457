package fr.sillon.domain.pathway;

import fr.sillon.domain.Labels;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** ASP education levels (ref_niveau_formation_v3), stored by their ASP code. */
public enum EducationLevel {
    NON_CERTIFYING("00"),
    NEVER_SCHOOLED("01"),
    POSTGRADUATE("10"),
    LICENCE("20"),
    BTS_DUT("30"),
    BAC("40"),
    BT_BAC_PRO("41"),
    BEP_CAP("50"),
    CAP_BEP_OBTAINED("51"),
    SHORT_TRAINING("60"),
    COMPULSORY_ONLY("70");

    private final String code;

    EducationLevel(String code) {
        this.code = code;
    }

    public String code() { return code; }
    /** The French label, from the domain's {@code labels.properties}. */
    public String label() { return Labels.of(this); }

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
