package fr.sillon.domain;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.access.PartnerKind;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.StructureKind;
import fr.sillon.domain.activity.Season;
import fr.sillon.domain.activity.SiteKind;
import fr.sillon.domain.assessment.ValidationStatus;
import fr.sillon.domain.certificate.CertificateStatus;
import fr.sillon.domain.framework.CompetencyKind;
import fr.sillon.domain.framework.FrameworkStatus;
import fr.sillon.domain.pathway.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LabelsTest {
    /** The enums whose French labels the pages, documents, exports and audit show. */
    static final List<Class<? extends Enum<?>>> LABELLED = List.of(ContractKind.class, InterviewKind.class,
            BarrierCategory.class, BarrierStatus.class, ImmersionObjective.class, ImmersionOutcome.class,
            TrainingKind.class, PathwayStatus.class, ExitCategory.class, ExitMotive.class, EligibilityCriterion.class,
            EducationLevel.class, PrescriberKind.class, CertificateStatus.class, SuspensionReason.class,
            ActionStatus.class, ContractException.class, ProlongationDecision.Decider.class, CleaResult.class,
            PathwayAlerts.Kind.class, ValidationStatus.class, FrameworkStatus.class, CompetencyKind.class,
            SiteKind.class, Season.class, Role.class, AuditEntry.Outcome.class, StructureKind.class,
            PartnerKind.class, fr.sillon.domain.funding.AppointmentKind.class,
            fr.sillon.domain.funding.AppointmentOutcome.class, fr.sillon.domain.funding.LabourStatus.class,
            fr.sillon.domain.funding.Household.class, fr.sillon.domain.funding.Disability.class,
            fr.sillon.domain.funding.FseExitSituation.class, fr.sillon.domain.funding.FseItem.class,
            fr.sillon.domain.funding.AspTrainingObjective.class, fr.sillon.domain.funding.AspTrainingType.class,
            fr.sillon.domain.funding.FseRules.AgeBand.class, fr.sillon.domain.funding.FseRules.Isced.class);

    @Test
    void everyConstantOfTheLabelledEnumsHasItsLabel() {
        ResourceBundle bundle = ResourceBundle.getBundle("fr.sillon.domain.labels", Locale.FRENCH);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> e : type.getEnumConstants()) {
                String key = Labels.typeName(type) + "." + e.name();
                if (!bundle.containsKey(key) || bundle.getString(key).isBlank()) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void labelsAreReadAsUtf8AndEnumsAnswerThem() {
        assertEquals("SST — formation initiale (14 h)", TrainingKind.SST_INITIAL.label());
        assertEquals("Hébergement, logement", Labels.of(BarrierCategory.HOUSING));
        assertEquals("Emploi durable", ExitCategory.EMPLOI_DURABLE.label());
        assertNull(Labels.of(null));
    }

    @Test
    void aNestedEnumIsKeyedByItsEnclosingClassAndAStringConstantByItsType() {
        assertEquals("PathwayAlerts.Kind", Labels.typeName(PathwayAlerts.Kind.class));
        assertEquals("SST expirant dans 60 jours", Labels.of(PathwayAlerts.Kind.SST_EXPIRING));
        assertEquals("refusé", Labels.of(AuditEntry.Outcome.REFUSED));
        assertEquals("AI — association intermédiaire", Labels.of("StructureKind", "AI"));
        assertEquals("critères", Labels.of(CompetencyKind.CRITERION, "plural"));
        assertEquals("critère", Labels.of(CompetencyKind.CRITERION, "one"));
        assertEquals("NOPE", Labels.of("StructureKind", "NOPE"));
        assertNull(Labels.of("StructureKind", null));
    }

    @Test
    void everyCompetencyKindHasItsCountForms() {
        for (CompetencyKind k : CompetencyKind.values()) {
            assertNotEquals(k.name() + ".one", Labels.of(k, "one"));
            assertNotEquals(k.name() + ".plural", Labels.of(k, "plural"));
        }
    }
}
