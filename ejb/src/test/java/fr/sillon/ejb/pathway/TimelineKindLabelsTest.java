package fr.sillon.ejb.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.Labels;
import fr.sillon.ejb.pathway.PathwayViews.TimelineKind;
import org.junit.jupiter.api.Test;

class TimelineKindLabelsTest {
    @Test
    void everyKindOfTimelineEventHasItsLabelInTheDomainBundle() {
        for (TimelineKind k : TimelineKind.values()) {
            assertNotEquals(k.name(), Labels.of(k), k.name());
        }
        assertEquals("Frein identifié", Labels.of(TimelineKind.BARRIER));
    }
}
