package fr.sillon.web.spaces;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.ejb.spaces.SpacesViews.RecentObservation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EasyReadTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    static RecentObservation obs(LocalDate d, String task, String note) {
        return new RecentObservation(d, task, "CLEA", "1.1.1", "Un critère", 3, "Avec aide", note, "Marc Le Goff");
    }

    @Test
    void recentWorkIsGroupedByDayThenTaskWithTheSupervisorsWordsOnce() {
        var days = EasyRead.days(List.of(obs(MONDAY.plusDays(1), "Récolte de légumes", "Bien pesé"),
                obs(MONDAY.plusDays(1), "Récolte de légumes", "Bien pesé"),
                obs(MONDAY.plusDays(1), "Semis en mottes", null),
                obs(MONDAY, "Récolte de légumes", "Caisses propres")));
        assertEquals(2, days.size());
        assertEquals(MONDAY.plusDays(1), days.get(0).date());
        assertEquals(2, days.get(0).tasks().size());
        var harvest = days.get(0).tasks().get(0);
        assertEquals(2, harvest.observations());
        assertEquals(List.of("Bien pesé"), harvest.notes());
        assertEquals("task-harvest", harvest.picto());
        assertEquals(List.of(), days.get(0).tasks().get(1).notes());
        assertEquals(List.of("Caisses propres"), days.get(1).tasks().get(0).notes());
    }

    @Test
    void eachKindOfTaskHasItsPictogram() {
        assertEquals("task-greenhouse", EasyRead.picto("Montage d'une serre"));
        assertEquals("task-plant", EasyRead.picto("Semis en pleine terre"));
        assertEquals("task-order", EasyRead.picto("Pesée et préparation d'une commande"));
        assertEquals("task-tool", EasyRead.picto("Désherbage manuel et binage"));
        assertEquals("task-meeting", EasyRead.picto("Réunion d'équipe"));
        assertEquals("task-other", EasyRead.picto(null));
        assertEquals("clea-7", EasyRead.domainPicto("7"));
        assertEquals("task-other", EasyRead.domainPicto("8"));
    }
}
