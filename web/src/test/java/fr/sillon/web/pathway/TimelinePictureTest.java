package fr.sillon.web.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinePictureTest {
    static final LocalDate ENTRY = LocalDate.of(2026, 1, 1);

    @Test
    void eventsArePlacedBetweenTheEntryAndTodayInTheirLanes() {
        var picture = TimelinePicture.of(List.of(
                new TimelinePicture.Event("CONTRACT", ENTRY, ENTRY.plusDays(100), "CDDI"),
                new TimelinePicture.Event("INTERVIEW", ENTRY.plusDays(50), null, "Entretien"),
                new TimelinePicture.Event("EXIT", ENTRY.plusDays(200), null, "Sortie")), ENTRY.plusDays(200));
        assertEquals(ENTRY, picture.getFrom());
        assertEquals(ENTRY.plusDays(200), picture.getTo());
        assertEquals(List.of("contracts", "followUp", "exit"), picture.getLanes().stream().map(TimelinePicture.Lane::key).toList());
        var contract = picture.getLanes().get(0).marks().get(0);
        assertEquals("0.00%", contract.left());
        assertEquals("50.00%", contract.width());
        assertTrue(contract.period());
        var interview = picture.getLanes().get(1).marks().get(0);
        assertEquals("25.00%", interview.left());
        assertFalse(interview.period());
        assertEquals("100.00%", picture.getLanes().get(2).marks().get(0).left());
    }

    @Test
    void aPlannedEndAfterTodayStretchesTheAxisAndAnEmptyPathwayDrawsNothing() {
        var picture = TimelinePicture.of(List.of(new TimelinePicture.Event("CONTRACT", ENTRY, ENTRY.plusDays(300), "CDDI")),
                ENTRY.plusDays(150));
        assertEquals(ENTRY.plusDays(300), picture.getTo());
        assertEquals("100.00%", picture.getLanes().get(0).marks().get(0).width());
        var empty = TimelinePicture.of(List.of(), ENTRY);
        assertTrue(empty.getLanes().isEmpty());
        assertEquals(0, empty.getEvents());
    }
}
