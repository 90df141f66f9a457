package fr.sillon.domain.assessment;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ObservationTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 12);
    private static final LocalDateTime NOW = TODAY.atTime(11, 0);

    private Observation observe(LocalDate day, String note) {
        return new Observation(UUID.randomUUID(), 1, 10, 100, 3, day, 7L, 50, note, TODAY, NOW);
    }

    @Test
    void keepsTheClientUuid() {
        UUID uuid = UUID.randomUUID();
        Observation o = new Observation(uuid, 1, 10, 100, 3, TODAY, null, 50, "  ", TODAY, NOW);
        assertEquals(uuid.toString(), o.getUuid());
        assertNull(o.getNote(), "a blank note is no note");
    }

    @Test
    void futureDayIsRefused() {
        assertEquals("assessment.observation.futureDay",
                assertThrows(DomainException.class, () -> observe(TODAY.plusDays(1), null)).getKey());
        assertDoesNotThrow(() -> observe(TODAY, null), "today is accepted");
    }

    @Test
    void noteLengthBoundary() {
        assertEquals(500, observe(TODAY, "x".repeat(500)).getNote().length());
        assertThrows(DomainException.class, () -> observe(TODAY, "x".repeat(501)));
    }

    @Test
    void correctionIsANewRowWithAReason() {
        Observation o = observe(TODAY.minusDays(3), "bien");
        assertEquals("assessment.observation.reasonRequired", assertThrows(DomainException.class,
                () -> o.correct(UUID.randomUUID(), 1, null, " ", 51, TODAY, NOW)).getKey());
        Observation c = o.correct(UUID.randomUUID(), 1, "erreur de saisie", "mauvais participant coché", 51, TODAY, NOW);
        assertNotSame(o, c);
        assertEquals(3, o.getLevelRank(), "the original is untouched");
        assertEquals(1, c.getLevelRank());
        assertEquals(o.getObservedOn(), c.getObservedOn());
        assertEquals(o.getParticipantId(), c.getParticipantId());
        assertEquals(o.getCompetencyId(), c.getCompetencyId());
        assertEquals(o.getTaskRecordId(), c.getTaskRecordId());
        assertEquals("mauvais participant coché", c.getCorrectionReason());
        assertNotEquals(o.getUuid(), c.getUuid());
    }
}
