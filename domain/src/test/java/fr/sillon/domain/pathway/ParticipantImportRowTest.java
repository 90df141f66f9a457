package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipantImportRowTest {

    static Map<String, String> line() {
        Map<String, String> m = new HashMap<>();
        m.put("nom", " Diallo ");
        m.put("prenom", "Amina");
        m.put("date_naissance", "14/02/1990");
        m.put("date_entree", "02/09/2026");
        m.put("pass_iae_numero", "999992612345");
        m.put("pass_iae_debut", "02/09/2026");
        m.put("pass_iae_fin", "01/09/2028");
        m.put("contrat_debut", "02/09/2026");
        m.put("contrat_fin_prevue", "01/03/2027");
        m.put("heures_hebdo", "26,5");
        m.put("rqth", "non");
        return m;
    }

    @Test
    void aGoodLineGivesARow() {
        ParticipantImportRow.Checked c = ParticipantImportRow.check(line());
        assertTrue(c.ok(), c.errors().toString());
        assertEquals("Diallo", c.row().lastName());
        assertEquals(LocalDate.of(1990, 2, 14), c.row().birthDate());
        assertEquals(new BigDecimal("26.5"), c.row().weeklyHours());
        assertFalse(c.row().rqth());
    }

    @Test
    void everyProblemOfALineIsReportedInFrench() {
        Map<String, String> m = line();
        m.put("prenom", " ");
        m.put("date_naissance", "31/02/1990");
        m.put("pass_iae_numero", "12345");
        m.put("rqth", "peut-être");
        ParticipantImportRow.Checked c = ParticipantImportRow.check(m);
        assertFalse(c.ok());
        assertNull(c.row());
        String all = String.join("\n", c.errors());
        assertEquals(4, c.errors().size(), all);
        assertTrue(all.contains("« prenom » est vide"), all);
        assertTrue(all.contains("« 31/02/1990 » n'est pas une date"), all);
        assertTrue(all.contains("12 chiffres"), all);
        assertTrue(all.contains("oui ou non"), all);
    }

    @Test
    void theContractFollowsTheCddiRules() {
        Map<String, String> m = line();
        m.put("contrat_fin_prevue", "01/12/2026"); // 3 months: under the 4-month minimum
        ParticipantImportRow.Checked c = ParticipantImportRow.check(m);
        assertEquals(1, c.errors().size(), c.errors().toString());
        m = line();
        m.put("heures_hebdo", "36");
        assertEquals(1, ParticipantImportRow.check(m).errors().size());
        m = line();
        m.put("contrat_debut", "01/09/2026"); // the day before the entry
        assertTrue(ParticipantImportRow.check(m).errors().get(0).contains("avant la date d'entrée"));
    }

    @Test
    void passDatesNeedANumberAndAnOrder() {
        Map<String, String> m = line();
        m.put("pass_iae_numero", "");
        assertTrue(ParticipantImportRow.check(m).errors().get(0).contains("sans numéro"));
        m = line();
        m.put("pass_iae_fin", "01/09/2026");
        assertEquals(1, ParticipantImportRow.check(m).errors().size());
        m = line();
        m.remove("pass_iae_numero");
        m.remove("pass_iae_debut");
        m.remove("pass_iae_fin");
        m.remove("rqth");
        assertTrue(ParticipantImportRow.check(m).ok(), "PASS IAE and RQTH are optional");
    }
}
