package fr.sillon.it.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.ejb.pathway.ParticipantImportService;
import fr.sillon.ejb.pathway.ParticipantImportService.ImportReport;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CSV import of participants (issue 10, point 6): the whole file checked, every error with its line, all or nothing. */
@ExtendWith(ArquillianExtension.class)
class ParticipantImportIT {
    static final String HEADER = "nom;prenom;date_naissance;date_entree;pass_iae_numero;pass_iae_debut;pass_iae_fin;"
            + "contrat_debut;contrat_fin_prevue;heures_hebdo;rqth\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ParticipantImportIT.class);
    }

    @Inject
    ParticipantImportService imports;
    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;

    static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileWithErrorsSavesNothingAndAGoodOneSavesEverything() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String good = "Lemoine" + tag + ";Inès;03/04/1988;01/10/2026;999992600001;01/10/2026;30/09/2028;01/10/2026;31/03/2027;26;non\n"
                + "Texier" + tag + ";Hugo;12/12/1999;01/10/2026;;;;01/10/2026;30/04/2027;24,5;oui\n"
                + "\n"
                + "Ngom" + tag + ";Awa;07/07/1975;15/09/2026;999992600003;15/09/2026;14/09/2028;15/09/2026;14/03/2027;35;\n";
        String bad = good
                + "Texier" + tag + ";Hugo;12/12/1999;01/10/2026;;;;01/10/2026;30/04/2027;24,5;oui\n"
                + "Roué" + tag + ";Malo;31/11/1990;01/10/2026;1234;;;01/10/2026;31/12/2026;40;non\n";

        ImportReport refused = RunAs.coordinator(() -> imports.importCsv(csv(bad)));
        assertEquals(0, refused.imported());
        String errors = String.join("\n", refused.errors());
        assertEquals(3, refused.errors().size(), errors);
        assertTrue(errors.contains("Ligne 6 : la même personne figure déjà ligne 3"), errors);
        assertTrue(errors.contains("Ligne 7 : « 31/11/1990 » n'est pas une date"), errors);
        assertTrue(errors.contains("Ligne 7 : le numéro de PASS IAE « 1234 » doit compter 12 chiffres"), errors);
        assertEquals(0, count("select count(*) from participant where last_name like '%" + tag + "'"), "nothing saved");

        ImportReport done = RunAs.coordinator(() -> imports.importCsv(csv(good)));
        assertEquals(3, done.imported(), done.errors().toString());
        assertEquals(3, count("select count(*) from participant where last_name like '%" + tag + "' and structure_id = 1"));
        assertEquals(3, count("select count(*) from pathway pw join participant p on p.id = pw.participant_id"
                + " join contract c on c.pathway_id = pw.id where p.last_name like '%" + tag + "'"));
        assertEquals(1, count("select count(*) from participant where last_name = 'Lemoine" + tag + "'"
                + " and pass_iae_number = '999992600001' and pass_iae_end = '2028-09-30'"));
        assertEquals(1, count("select count(*) from participant where last_name = 'Texier" + tag + "' and rqth = true"));
        assertTrue(count("select count(*) from audit_entry where action = 'PARTICIPANT_IMPORT' and outcome = 'OK'"
                + " and actor_login = 'coordinatrice'") >= 1);

        ImportReport again = RunAs.coordinator(() -> imports.importCsv(csv(good)));
        assertEquals(3, again.errors().size(), again.errors().toString());
        assertTrue(again.errors().get(0).contains("a déjà un parcours"), again.errors().toString());
        assertEquals(3, count("select count(*) from participant where last_name like '%" + tag + "'"));
    }

    @Test
    void aWrongHeaderOrAnotherRoleIsRefused() throws Exception {
        ImportReport header = RunAs.coordinator(() -> imports.importCsv(
                "nom;prenom;naissance\nA;B;01/01/1990\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(header.errors().get(0).startsWith("Ligne 1 : l'en-tête ne contient pas les colonnes date_naissance"),
                header.errors().toString());
        assertEquals("Le fichier ne contient aucune ligne de participant.",
                RunAs.coordinator(() -> imports.importCsv(csv(""))).errors().get(0));
        assertThrows(EJBAccessException.class, () -> RunAs.supervisor(() -> imports.importCsv(csv(""))));
    }

    private long count(String sql) throws Exception {
        tx.begin();
        try {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        } finally {
            tx.commit();
        }
    }
}
