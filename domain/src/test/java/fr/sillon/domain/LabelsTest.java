package fr.sillon.domain;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.certificate.CertificateStatus;
import fr.sillon.domain.pathway.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LabelsTest {
    /** The enums whose French labels the documents, exports and audit show. */
    static final List<Class<? extends Enum<?>>> LABELLED = List.of(ContractKind.class, InterviewKind.class,
            BarrierCategory.class, BarrierStatus.class, ImmersionObjective.class, ImmersionOutcome.class,
            TrainingKind.class, PathwayStatus.class, ExitCategory.class, ExitMotive.class, EligibilityCriterion.class,
            EducationLevel.class, PrescriberKind.class, CertificateStatus.class, SuspensionReason.class);

    @Test
    void everyConstantOfTheLabelledEnumsHasItsLabel() {
        ResourceBundle bundle = ResourceBundle.getBundle("fr.sillon.domain.labels", Locale.FRENCH);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> e : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + e.name();
                if (!bundle.containsKey(key) || bundle.getString(key).isBlank()) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void labelsAreReadAsUtf8AndEnumsAnswerThem() {
        assertEquals("SST — formation initiale", TrainingKind.SST_INITIAL.label());
        assertEquals("Hébergement, logement", Labels.of(BarrierCategory.HOUSING));
        assertEquals("Emploi durable", ExitCategory.EMPLOI_DURABLE.label());
        assertNull(Labels.of(null));
    }
}
