package fr.sillon.domain.activity;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskRecordTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 12);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);
    private final Site site = new Site(1, "Jardin du Moulin", SiteKind.JARDIN);
    private final TaskType harvest = new TaskType(1, "Récolte", SiteKind.JARDIN, Season.ALL_YEAR);

    private TaskRecord record(LocalDate day, int minutes, List<Long> participants) {
        return new TaskRecord(1, day, TODAY, site, harvest, minutes, 50, participants, NOW);
    }

    @Test
    void recordsToday() {
        TaskRecord r = record(TODAY, 180, List.of(10L, 11L));
        assertTrue(r.involves(10L));
        assertFalse(r.involves(12L));
    }

    @Test
    void dayInTheFutureIsRefused() {
        DomainException e = assertThrows(DomainException.class, () -> record(TODAY.plusDays(1), 60, List.of(10L)));
        assertEquals("activity.taskRecord.futureDay", e.getKey());
        assertEquals("La date de la tâche ne peut pas être dans le futur.", e.getMessage());
    }

    @Test
    void durationBoundaries() {
        assertEquals("activity.taskRecord.duration",
                assertThrows(DomainException.class, () -> record(TODAY, 0, List.of(10L))).getKey());
        assertEquals(1, record(TODAY, 1, List.of(10L)).getDurationMinutes());
        assertEquals(720, record(TODAY, 720, List.of(10L)).getDurationMinutes());
        assertThrows(DomainException.class, () -> record(TODAY, 721, List.of(10L)));
    }

    @Test
    void atLeastOneParticipant() {
        assertEquals("activity.taskRecord.noParticipant",
                assertThrows(DomainException.class, () -> record(TODAY, 60, List.of())).getKey());
    }

    @Test
    void siteAndTaskTypeOfAnotherStructureAreRefused() {
        Site foreign = new Site(2, "Ailleurs", SiteKind.CHANTIER);
        assertEquals("activity.taskRecord.foreignSite", assertThrows(DomainException.class,
                () -> new TaskRecord(1, TODAY, TODAY, foreign, harvest, 60, 50, List.of(10L), NOW)).getKey());
        TaskType foreignType = new TaskType(2, "Tonte", SiteKind.ESPACE_VERT, Season.SPRING_SUMMER);
        assertEquals("activity.taskRecord.foreignTaskType", assertThrows(DomainException.class,
                () -> new TaskRecord(1, TODAY, TODAY, site, foreignType, 60, 50, List.of(10L), NOW)).getKey());
    }

    @Test
    void ownTaskTypeIsEditableButNotAnotherStructures() {
        harvest.checkEditableBy(1);
        assertEquals("activity.taskType.readOnly",
                assertThrows(DomainException.class, () -> harvest.checkEditableBy(2)).getKey());
    }
}
