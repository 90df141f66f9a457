package fr.sillon.it.funding;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.funding.AbsenceReason;
import fr.sillon.domain.funding.AccompanimentDeclaration;
import fr.sillon.domain.funding.AfterExitRules;
import fr.sillon.domain.funding.AfterExitSituation;
import fr.sillon.domain.funding.AspBarrierType;
import fr.sillon.domain.funding.FteRules;
import fr.sillon.ejb.funding.AfterExitService;
import fr.sillon.ejb.funding.FundingReports;
import fr.sillon.ejb.funding.FundingViews.AfterExitRow;
import fr.sillon.ejb.funding.FundingViews.Bilan;
import fr.sillon.ejb.funding.HoursService;
import fr.sillon.ejb.funding.HoursService.HoursRow;
import fr.sillon.domain.funding.AppointmentKind;
import fr.sillon.domain.funding.AppointmentOutcome;
import fr.sillon.domain.funding.AspTrainingObjective;
import fr.sillon.domain.funding.AspTrainingType;
import fr.sillon.domain.funding.Disability;
import fr.sillon.domain.funding.FseExitSituation;
import fr.sillon.domain.funding.FseItem;
import fr.sillon.domain.funding.Household;
import fr.sillon.domain.funding.LabourStatus;
import fr.sillon.ejb.funding.FseService;
import fr.sillon.ejb.funding.FundingViews.FseRow;
import fr.sillon.ejb.funding.FundingViews.RsaFile;
import fr.sillon.ejb.funding.FundingViews.RsaRow;
import fr.sillon.ejb.funding.FundingViews.TrainingRow;
import fr.sillon.ejb.funding.RsaService;
import fr.sillon.ejb.funding.TrainingAspService;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19 on the demo story (V161): each report built on the demo people of « Les Jardins du Sillon » and its
 * figures checked against what the demo says; exports read back with POI, Commons CSV and PDFBox. Writes go to
 * structure 2 (« Haies et Talus ») so that structure 1 stays as the demo wrote it.
 */
@ExtendWith(ArquillianExtension.class)
class FundingIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FundingIT.class);
    }

    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    HoursService hours;
    @Inject
    FundingReports reports;
    @Inject
    AfterExitService afterExit;
    @Inject
    fr.sillon.ejb.funding.ParticipantExports exports;
    @Inject
    RsaService rsaService;
    @Inject
    FseService fse;
    @Inject
    TrainingAspService trainingAsp;
    @Inject
    fr.sillon.ejb.pathway.TrainingService trainings;

    static final LocalDate TODAY = LocalDate.now();
    /** Sébastien Garnier's appointments in the demo (V163): days ago → outcome (negative: to come). */
    static final Map<Integer, AppointmentOutcome> GARNIER_APPOINTMENTS = Map.of(40, AppointmentOutcome.ATTENDED,
            25, AppointmentOutcome.ATTENDED, 12, AppointmentOutcome.MISSED, 5, AppointmentOutcome.CANCELLED,
            -10, AppointmentOutcome.PROPOSED);

    static long garnierCount(java.util.function.Predicate<LocalDate> when, java.util.function.Predicate<AppointmentOutcome> what) {
        return GARNIER_APPOINTMENTS.entrySet().stream().filter(e -> when.test(TODAY.minusDays(e.getKey())))
                .filter(e -> what.test(e.getValue())).count();
    }

    static int garnierProposedIn(YearMonth m) {
        return (int) garnierCount(d -> YearMonth.from(d).equals(m), o -> o != AppointmentOutcome.CANCELLED);
    }

    static int garnierAttendedIn(YearMonth m) {
        return (int) garnierCount(d -> YearMonth.from(d).equals(m), o -> o == AppointmentOutcome.ATTENDED);
    }

    static boolean inYear(int daysAgo) {
        return TODAY.minusDays(daysAgo).getYear() == YEAR;
    }

    static final YearMonth M1 = YearMonth.now().minusMonths(1);
    static final YearMonth M2 = YearMonth.now().minusMonths(2);
    static final int YEAR = LocalDate.now().getYear();
    /** The demo's hours (V161): last month's total and absences, the month before's total. */
    static final BigDecimal M1_WORKED = new BigDecimal("900.67");
    static final BigDecimal M1_ABSENT = new BigDecimal("54.01");
    static final BigDecimal M2_WORKED = new BigDecimal("813.35");
    /** The people of structure 1 in the demo: active ones, and the exits with their offsets in days. */
    static final List<String> ACTIVE = List.of("Garnier", "Diallo", "Le Floch", "Joubert", "Morel", "Camara", "Perrin",
            "Guillou");
    static final Map<String, Integer> EXITED = Map.of("Roux", 21, "Lemoine", 190, "Hamon", 200, "Bréal", 250, "Carré", 260);

    static <T> T coord2(Callable<T> action) throws Exception {
        return RunAs.user("coordinateur2", Set.of("COORDINATOR", "SUPERVISOR"), action);
    }

    @Test
    void monthOfTheDemoAndItsFte() throws Exception {
        List<HoursRow> rows = RunAs.coordinator(() -> hours.month(M1));
        HoursRow garnier = rows.stream().filter(r -> r.name().startsWith("Garnier")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("104").compareTo(garnier.workedHours()));
        assertEquals(0, new BigDecimal("4").compareTo(garnier.absences().get(AbsenceReason.ADMINISTRATIVE)));
        assertEquals(0, new BigDecimal("4").compareTo(garnier.absences().get(AbsenceReason.TRANSPORT)));
        assertEquals(0, BigDecimal.ZERO.compareTo(garnier.absences().get(AbsenceReason.HEALTH)));
        // 26 h a week in a month of n days: 26 × n / 7
        assertEquals(new BigDecimal(26 * M1.lengthOfMonth()).divide(new BigDecimal(7), 2, java.math.RoundingMode.HALF_UP),
                garnier.contractHours());

        FteRules.Year y = RunAs.coordinator(() -> hours.fte(M1.getYear()));
        FteRules.Month m = y.months().get(M1.getMonthValue() - 1);
        assertEquals(0, M1_WORKED.compareTo(m.workedHours()), m.toString());
        assertEquals(0, M1_ABSENT.compareTo(m.absenceHours()), m.toString());
        // 900.67 × 12 / 1 820 = 5.9385 FTE against the 14.50 of the annex: under-consumption
        assertEquals(new BigDecimal("5.9385"), m.consumed());
        assertEquals(0, new BigDecimal("14.50").compareTo(m.agreed()));
        assertEquals(FteRules.Consumption.UNDER, m.consumption());
        // structure 2 sees none of it
        assertTrue(coord2(() -> hours.month(M1)).stream().noneMatch(r -> r.name().startsWith("Garnier")));
        assertThrows(EJBAccessException.class, () -> RunAs.supervisor(() -> hours.month(M1)));
    }

    @Test
    void entryAndImportInStructure2() throws Exception {
        YearMonth m3 = YearMonth.now().minusMonths(3);
        long guého = coord2(() -> hours.month(m3)).stream().filter(r -> r.name().startsWith("Guého")).findFirst()
                .orElseThrow().pathwayId();
        coord2(() -> {
            hours.record(guého, m3, new BigDecimal("98.5"), Map.of(AbsenceReason.CHILDCARE, new BigDecimal("7")));
            return null;
        });
        HoursRow saved = coord2(() -> hours.month(m3)).stream().filter(r -> r.pathwayId() == guého).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("98.5").compareTo(saved.workedHours()));
        assertEquals(0, new BigDecimal("7").compareTo(saved.absences().get(AbsenceReason.CHILDCARE)));
        // a negative figure is refused in French; another structure's pathway is not found
        DomainException neg = assertThrows(DomainException.class, () -> coord2(() -> {
            hours.record(guého, m3, new BigDecimal("-2"), Map.of());
            return null;
        }));
        assertTrue(neg.getMessage().contains("négatives"), neg.getMessage());
        long garnier = RunAs.coordinator(() -> hours.month(M1)).get(0).pathwayId();
        assertThrows(Exception.class, () -> coord2(() -> {
            hours.record(garnier, M1, BigDecimal.TEN, Map.of());
            return null;
        }));
        assertEquals(0, M1_WORKED.compareTo(RunAs.coordinator(() -> hours.fte(M1.getYear()))
                .months().get(M1.getMonthValue() - 1).workedHours()), "structure 1 untouched");

        // import: one unknown person → nothing imported; then the good file, decimal comma
        YearMonth m4 = YearMonth.now().minusMonths(4);
        String header = String.join(";", HoursService.COLUMNS) + "\n";
        String good = "Guého;Loïc;" + m4 + ";100,5;0;3,5;0;0;0\n";
        var refused = coord2(() -> hours.importCsv((header + good + "Inconnu;Personne;" + m4 + ";10;0;0;0;0;0\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, refused.errors().size(), refused.errors().toString());
        assertTrue(refused.errors().get(0).startsWith("Ligne 3"), refused.errors().toString());
        assertNull(coord2(() -> hours.month(m4)).stream().filter(r -> r.pathwayId() == guého).findFirst().orElseThrow()
                .workedHours(), "all or nothing");
        var done = coord2(() -> hours.importCsv(("\uFEFF" + header + good).getBytes(StandardCharsets.UTF_8)));
        assertTrue(done.ok(), done.errors().toString());
        assertEquals(1, done.imported());
        HoursRow imported = coord2(() -> hours.month(m4)).stream().filter(r -> r.pathwayId() == guého).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("100.5").compareTo(imported.workedHours()));
        assertEquals(0, new BigDecimal("3.5").compareTo(imported.absences().get(AbsenceReason.ADMINISTRATIVE)));
    }

    /** Demo people with a CDDI this year, plus people other tests added to structure 1 (counted apart, by name). */
    long expectedPeopleThisYear() {
        LocalDate jan1 = LocalDate.of(YEAR, 1, 1);
        long demo = ACTIVE.size() + EXITED.values().stream().filter(d -> !LocalDate.now().minusDays(d).isBefore(jan1)).count();
        List<String> names = new ArrayList<>(ACTIVE);
        names.addAll(EXITED.keySet());
        Number others = (Number) em.createNativeQuery("select count(distinct p.id) from pathway p join participant pa"
                        + " on pa.id = p.participant_id left join pathway_exit e on e.pathway_id = p.id"
                        + " where p.structure_id = 1 and pa.last_name not in (:names) and (e.id is null or e.exit_date >= :f)"
                        + " and exists (select 1 from contract c where c.pathway_id = p.id and c.start_date <= :t"
                        + " and c.planned_end >= :f)")
                .setParameter("names", names).setParameter("f", jan1).setParameter("t", LocalDate.of(YEAR, 12, 31))
                .getSingleResult();
        return demo + others.longValue();
    }

    @Test
    void bilanOfTheDemoAndItsExports() throws Exception {
        Bilan b = RunAs.coordinator(() -> reports.bilan(YEAR, false));
        assertEquals("14,50", b.value("1. Équivalents temps plein", "ETP conventionnés (annexe financière)"));
        BigDecimal worked = (M1.getYear() == YEAR ? M1_WORKED : BigDecimal.ZERO)
                .add(M2.getYear() == YEAR ? M2_WORKED : BigDecimal.ZERO);
        assertEquals(worked.setScale(2).toPlainString().replace('.', ','),
                b.value("1. Équivalents temps plein", "Heures travaillées"));
        long people = expectedPeopleThisYear();
        assertTrue(people >= 8);
        assertEquals(Long.toString(people), b.value("2. Publics à l'entrée", "Personnes salariées en CDDI sur l'année"));
        // fewer than 5: Thomas Morel is the only demo person under 26 at entry
        assertEquals("< 5", b.value("2. Publics à l'entrée", "Âge à l'entrée : moins de 26 ans"));
        long exitsThisYear = EXITED.values().stream()
                .filter(d -> LocalDate.now().minusDays(d).getYear() == YEAR).count();
        // demo exits: Roux durable, Lemoine transition, Hamon autre, Bréal durable, Carré positive → 4 / 5 = 80 %
        assertEquals(exitsThisYear == 5 ? "80,0 %" : "< 5", b.value("6. Sorties", "Taux de sorties dynamiques"));
        assertNull(b.value("2. Publics à l'entrée", "Critère d'éligibilité : Travailleur handicapé"), "no health unconfirmed");
        assertNull(b.value("3. Freins à l'entrée et leur évolution", "Justice : personnes concernées"));
        Bilan sensitive = RunAs.coordinator(() -> reports.bilan(YEAR, true));
        assertNotNull(sensitive.value("3. Freins à l'entrée et leur évolution", "Justice : personnes concernées"));

        Number before = (Number) em.createNativeQuery("select count(*) from audit_entry where action = 'FUNDING_BILAN_PDF'"
                + " and actor_login = 'coordinatrice'").getSingleResult();
        byte[] pdf = RunAs.coordinator(() -> reports.bilanPdf(YEAR, false));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Bilan " + YEAR + " pour le dialogue de gestion"), text);
        assertTrue(text.contains("Période : du 01/01/" + YEAR + " au 31/12/" + YEAR), text);
        assertTrue(text.contains("Personnes salariées en CDDI sur l'année : " + people), text);
        assertTrue(text.contains("Méthode : "), text);
        assertTrue(text.contains("font foi"), text);
        assertFalse(text.contains("Sébastien") || text.contains("Garnier"), "non-nominative");
        assertFalse(text.contains("Justice :"), "no justice figures unless confirmed");
        Number after = (Number) em.createNativeQuery("select count(*) from audit_entry where action = 'FUNDING_BILAN_PDF'"
                + " and actor_login = 'coordinatrice'").getSingleResult();
        assertEquals(before.longValue() + 1, after.longValue(), "the export is audited");

        byte[] xlsx = RunAs.coordinator(() -> reports.bilanXlsx(YEAR, false));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertTrue(f.formatCellValue(sheet.getRow(1).getCell(0)).startsWith("Période : du 01/01/" + YEAR));
            String agreed = null;
            String rate = null;
            for (Row row : sheet) {
                String label = f.formatCellValue(row.getCell(1));
                if (label.equals("ETP conventionnés (annexe financière)")) {
                    agreed = f.formatCellValue(row.getCell(2));
                }
                if (label.equals("Taux de sorties dynamiques")) {
                    rate = f.formatCellValue(row.getCell(2));
                }
            }
            assertEquals("14,50", agreed);
            assertEquals(exitsThisYear == 5 ? "80,0 %" : "< 5", rate);
            assertEquals("Méthode", wb.getSheetAt(1).getSheetName());
        }
    }

    @Test
    void declarationOfTheDemo() throws Exception {
        List<AccompanimentDeclaration.Line> lines = RunAs.coordinator(() -> reports.declaration(YEAR));
        // V161: Garnier mobility inside and outside, Morel mobility inside
        AccompanimentDeclaration.Line mobility = lines.get(AspBarrierType.MOBILITY.ordinal());
        assertEquals(2, mobility.concerned());
        assertEquals(1, mobility.insideOnly());
        assertEquals(0, mobility.outsideOnly());
        assertEquals(1, mobility.both());
        // Le Floch digital (inside) and Camara FLE (outside) are both « illettrisme, analphabétisme, FLE »
        AccompanimentDeclaration.Line basics = lines.get(AspBarrierType.BASIC_SKILLS_FLE.ordinal());
        assertEquals(2, basics.concerned());
        assertEquals(1, basics.insideOnly());
        assertEquals(1, basics.outsideOnly());

        byte[] csv = RunAs.coordinator(() -> reports.declarationCsv(YEAR, false));
        List<CSVRecord> records = read(csv);
        assertTrue(records.get(1).get(0).startsWith("Période : du 01/01/" + YEAR), records.get(1).get(0));
        CSVRecord mob = records.stream().filter(r -> r.get(0).equals("Mobilité")).findFirst().orElseThrow();
        assertEquals(List.of("Mobilité", "2", "1", "0", "1", "0"), mob.toList());
        CSVRecord justice = records.stream().filter(r -> r.get(0).equals("Justice")).findFirst().orElseThrow();
        assertEquals("non exporté (confirmation requise)", justice.get(1));
        CSVRecord confirmed = read(RunAs.coordinator(() -> reports.declarationCsv(YEAR, true))).stream()
                .filter(r -> r.get(0).equals("Justice")).findFirst().orElseThrow();
        assertEquals(List.of("Justice", "1", "0", "1", "0", "0"), confirmed.toList()); // Kévin Le Floch, SPIP
    }

    static List<CSVRecord> read(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            return p.getRecords();
        }
    }

    @Test
    void sixMonthListOfTheDemo() throws Exception {
        List<AfterExitRow> rows = RunAs.coordinator(() -> afterExit.list(LocalDate.now()));
        assertEquals(AfterExitRules.Status.OVERDUE, row(rows, "Carré").status());
        assertEquals(AfterExitRules.Status.TO_CONTACT, row(rows, "Lemoine").status());
        assertEquals(AfterExitSituation.UNREACHABLE, row(rows, "Hamon").situation());
        assertEquals(AfterExitSituation.CDI, row(rows, "Bréal").situation());
        assertTrue(rows.stream().noneMatch(r -> r.name().startsWith("Roux")), "left 3 weeks ago: later");
        assertEquals("Carré", rows.get(0).name().split(" ")[0], "overdue first");
        // structure 2 cannot record a situation of structure 1
        long lemoine = row(rows, "Lemoine").pathwayId();
        assertThrows(Exception.class, () -> coord2(() -> {
            afterExit.record(lemoine, AfterExitSituation.CDI, LocalDate.now());
            return null;
        }));
        DomainException future = assertThrows(DomainException.class, () -> RunAs.coordinator(() -> {
            afterExit.record(lemoine, AfterExitSituation.CDI, LocalDate.now().plusDays(1));
            return null;
        }));
        assertTrue(future.getMessage().contains("futur"), future.getMessage());
        assertEquals(AfterExitRules.Status.TO_CONTACT, row(RunAs.coordinator(() -> afterExit.list(LocalDate.now())),
                "Lemoine").status(), "nothing recorded by a refused call");
    }

    /** The records after the traceability header (4 lines) and the column header, as maps by column. */
    static List<Map<String, String>> table(byte[] csv) throws Exception {
        List<CSVRecord> all = read(csv);
        List<String> header = all.get(4).toList();
        List<Map<String, String>> out = new ArrayList<>();
        for (CSVRecord r : all.subList(5, all.size())) {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }

    static Map<String, String> of(List<Map<String, String>> rows, String lastName, String month) {
        return rows.stream().filter(r -> r.get("Nom").equals(lastName) && (month == null || month.equals(r.get("Mois"))))
                .findFirst().orElseThrow(() -> new AssertionError(lastName + " missing"));
    }

    @Test
    void nominativeFilesOfTheDemo() throws Exception {
        // ASP monthly state of last month: Sébastien Garnier, 104 h → 104 × 12 / 1 820 = 0.6857 FTE, RSA
        var monthly = table(RunAs.coordinator(() -> exports.aspMonthlyCsv(M1)));
        Map<String, String> garnier = of(monthly, "Garnier", null);
        assertEquals("104,00", garnier.get("Heures travaillées"));
        assertEquals("0,6857", garnier.get("Part d'ETP"));
        assertEquals("OUI", garnier.get("Bénéficiaire du RSA"));
        assertEquals("", garnier.get("Date de sortie"));
        assertTrue(monthly.stream().noneMatch(r -> r.get("Nom").equals("Guého")), "structure 2 is not there");

        // fiches salarié: Kévin Le Floch's justice criterion only on confirmation
        var fiches = table(RunAs.coordinator(() -> exports.fichesSalarieCsv(YEAR, false)));
        assertEquals("non exporté", of(fiches, "Le Floch", null).get("Sortant de détention"));
        assertEquals("OUI", of(fiches, "Le Floch", null).get("ASS"));
        assertEquals("NON", of(fiches, "Camara", null).get("Maîtrise du français"));
        var confirmed = table(RunAs.coordinator(() -> exports.fichesSalarieCsv(YEAR, true)));
        assertEquals("OUI", of(confirmed, "Le Floch", null).get("Sortant de détention"));

        // FSE+: Amina Diallo, born 30/09/1991, level 41 (bac pro): 30–54, ISCED 3-4, BRSA, complete
        var fse = table(RunAs.coordinator(() -> exports.fseCsv(YEAR, false)));
        Map<String, String> diallo = of(fse, "Diallo", null);
        assertEquals("3-4", diallo.get("Niveau CITE"));
        assertEquals("OUI", diallo.get("BRSA"));
        assertEquals("non exporté", diallo.get("Handicap"));
        assertEquals("100", diallo.get("Complétude (%)"));

        // RSA: Sébastien Garnier last month, 104 h over the days of the month under contract
        if (M1.getYear() == YEAR) {
            var rsa = table(RunAs.coordinator(() -> exports.rsaCsv(YEAR, false)));
            Map<String, String> g = of(rsa, "Garnier", M1.toString());
            long days = Long.parseLong(g.get("Jours sous contrat"));
            assertEquals(M1.lengthOfMonth(), days);
            assertEquals(new BigDecimal("104").multiply(BigDecimal.valueOf(7))
                    .divide(BigDecimal.valueOf(days), 2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ','),
                    g.get("Moyenne hebdomadaire"));
            assertEquals("NON", g.get("Sous 15 h"));
            assertEquals("4,00", g.get("Absence transport"));
            // santé only on confirmation; appointments of last month from the demo (V163)
            assertEquals("non exporté", g.get("Absence santé"));
            assertEquals(Integer.toString(garnierProposedIn(M1)), g.get("Rendez-vous proposés"));
            assertEquals(Integer.toString(garnierAttendedIn(M1)), g.get("Rendez-vous honorés"));
            var confirmedRsa = table(RunAs.coordinator(() -> exports.rsaCsv(YEAR, true)));
            assertEquals("0,00", of(confirmedRsa, "Garnier", M1.toString()).get("Absence santé"));
            assertTrue(rsa.stream().noneMatch(r -> r.get("Nom").equals("Le Floch")), "not an RSA beneficiary");
        }
        // the printable ASP sheet of one person: fiche salarié fields and last month's state
        long garnierId = RunAs.coordinator(() -> hours.month(M1)).stream().filter(r -> r.name().startsWith("Garnier"))
                .findFirst().orElseThrow().pathwayId();
        String sheet;
        try (PDDocument doc = Loader.loadPDF(RunAs.coordinator(() -> exports.aspSheetPdf(garnierId, M1.getYear(), false)))) {
            sheet = new PDFTextStripper().getText(doc);
        }
        assertTrue(sheet.contains("Fiche ASP " + M1.getYear() + " — Garnier Sébastien"), sheet);
        assertTrue(sheet.contains(M1 + " : 104,00 h · 0,6857 ETP"), sheet);
        assertTrue(sheet.contains("RQTH : non exporté"), sheet);
        assertThrows(Exception.class, () -> coord2(() -> exports.aspSheetPdf(garnierId, M1.getYear(), false)));
        Number audited = (Number) em.createNativeQuery("select count(*) from audit_entry where action in"
                + " ('FUNDING_ASP_MONTHLY_CSV','FUNDING_FICHES_SALARIE_CSV','FUNDING_FSE_CSV') and actor_login = 'coordinatrice'")
                .getSingleResult();
        assertTrue(audited.longValue() >= 4, "every nominative export is audited");
    }

    static AfterExitRow row(List<AfterExitRow> rows, String lastName) {
        return rows.stream().filter(r -> r.name().startsWith(lastName + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(lastName + " missing from " + rows));
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void rsaFollowUpOfTheDemo() throws Exception {
        List<RsaRow> rows = RunAs.coordinator(() -> rsaService.beneficiaries(YEAR));
        RsaRow garnier = rows.stream().filter(r -> r.name().startsWith("Garnier ")).findFirst().orElseThrow();
        assertTrue(rows.stream().anyMatch(r -> r.name().startsWith("Diallo ")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.name().startsWith("Le Floch ")), "not an RSA beneficiary");
        // proposed = every appointment of the year but the cancelled one; 2 attended, 1 missed (transport)
        assertEquals(garnierCount(d -> d.getYear() == YEAR, o -> o != AppointmentOutcome.CANCELLED), garnier.appointmentsProposed());
        assertEquals(garnierCount(d -> d.getYear() == YEAR, o -> o == AppointmentOutcome.ATTENDED), garnier.appointmentsAttended());
        assertEquals(garnierCount(d -> d.getYear() == YEAR, o -> o == AppointmentOutcome.MISSED), garnier.appointmentsMissed());
        assertEquals((inYear(35) ? 1 : 0) + (inYear(8) ? 1 : 0), garnier.checkIns());
        assertTrue(garnier.consent());
        assertFalse(rows.stream().filter(r -> r.name().startsWith("Diallo ")).findFirst().orElseThrow().consent(),
                "Amina Diallo has no referent: no consent recorded");

        RsaFile file = RunAs.coordinator(() -> rsaService.person(garnier.pathwayId(), YEAR));
        if (inYear(12)) {
            var missed = file.appointments().stream().filter(a -> a.outcome() == AppointmentOutcome.MISSED).findFirst().orElseThrow();
            assertEquals(AbsenceReason.TRANSPORT, missed.missedReason());
            assertEquals(AppointmentKind.FRANCE_TRAVAIL, missed.kind());
            assertEquals(1, file.attendance().missedByReason().get(AbsenceReason.TRANSPORT));
        }
        if (M1.getYear() == YEAR) {
            // last month: 104 h; the one weekly formula (hours × 7 / days under contract)
            var m1 = file.months().stream().filter(m -> m.month().equals(M1)).findFirst().orElseThrow();
            assertEquals(new BigDecimal("104").multiply(BigDecimal.valueOf(7)).divide(BigDecimal.valueOf(m1.daysUnderContract()),
                    2, java.math.RoundingMode.HALF_UP), m1.weeklyAverage());
            assertEquals(Boolean.FALSE, m1.belowEngagement());
            assertEquals(garnierProposedIn(M1), m1.appointmentsProposed());
        }

        // the Département's sheet: consented barriers without health, the shareable note only, transport named
        String sheet = text(RunAs.coordinator(() -> rsaService.departmentSheetPdf(garnier.pathwayId(), YEAR, false)));
        assertTrue(sheet.contains("Fiche RSA pour le Département " + YEAR + " — Garnier Sébastien"), sheet);
        assertTrue(sheet.contains("Mobilité : en cours de levée"), sheet);
        assertTrue(sheet.contains("Hébergement, logement : levé"), sheet);
        assertFalse(sheet.contains("Santé :"), "the health barrier never leaves: " + sheet);
        assertFalse(sheet.contains("Lombalgies"), sheet);
        assertFalse(sheet.contains("difficultés familiales"), "a note not flagged shareable stays: " + sheet);
        if (inYear(35)) {
            assertTrue(sheet.contains("Point sur le permis B"), sheet);
        }
        if (inYear(12)) {
            assertTrue(sheet.contains("Rendez-vous France Travail : Manqué (transport)"), sheet);
        }
        assertTrue(sheet.contains("Méthode"), sheet);
        // no consent, no sheet; not an RSA beneficiary, no follow-up; another structure, not found
        long diallo = rows.stream().filter(r -> r.name().startsWith("Diallo ")).findFirst().orElseThrow().pathwayId();
        assertEquals("funding.rsa.noConsent", assertThrows(DomainException.class,
                () -> RunAs.coordinator(() -> rsaService.departmentSheetPdf(diallo, YEAR, false))).getKey());
        long leFloch = RunAs.coordinator(() -> hours.month(M1)).stream().filter(r -> r.name().startsWith("Le Floch"))
                .findFirst().orElseThrow().pathwayId();
        assertEquals("funding.rsa.notBeneficiary", assertThrows(DomainException.class,
                () -> RunAs.coordinator(() -> rsaService.person(leFloch, YEAR))).getKey());
        assertThrows(Exception.class, () -> coord2(() -> rsaService.departmentSheetPdf(garnier.pathwayId(), YEAR, false)));
        assertThrows(EJBAccessException.class, () -> RunAs.supervisor(() -> rsaService.beneficiaries(YEAR)));
        Number audited = (Number) em.createNativeQuery("select count(*) from audit_entry where action = 'FUNDING_RSA_SHEET_PDF'"
                + " and actor_login = 'coordinatrice' and outcome = 'OK'").getSingleResult();
        assertTrue(audited.longValue() >= 1, "the sheet is audited");
    }

    @Test
    void appointmentsAndCheckInsAreRecordedInStructure2() throws Exception {
        long guého = coord2(() -> hours.month(M1)).stream().filter(r -> r.name().startsWith("Guého")).findFirst()
                .orElseThrow().pathwayId();
        long id = coord2(() -> rsaService.addAppointment(guého, TODAY.minusDays(2), AppointmentKind.RSA_REFERENT));
        assertEquals("funding.appointment.reason", assertThrows(DomainException.class,
                () -> coord2(() -> { rsaService.settleAppointment(id, AppointmentOutcome.MISSED, null); return null; })).getKey());
        coord2(() -> { rsaService.settleAppointment(id, AppointmentOutcome.MISSED, AbsenceReason.HEALTH); return null; });
        Object[] row = (Object[]) em.createNativeQuery("select outcome, missed_reason, structure_id from funding_appointment where id = ?1")
                .setParameter(1, id).getSingleResult();
        assertEquals("MISSED", row[0]);
        assertEquals("HEALTH", row[1]);
        assertEquals(2L, ((Number) row[2]).longValue());
        long future = coord2(() -> rsaService.addAppointment(guého, TODAY.plusDays(3), AppointmentKind.CIP));
        assertEquals("funding.appointment.future", assertThrows(DomainException.class,
                () -> coord2(() -> { rsaService.settleAppointment(future, AppointmentOutcome.ATTENDED, null); return null; })).getKey());
        // structure 1 cannot touch it, nor write on structure 2's pathway
        assertThrows(Exception.class, () -> RunAs.coordinator(() -> {
            rsaService.settleAppointment(id, AppointmentOutcome.ATTENDED, null);
            return null;
        }));
        assertThrows(Exception.class, () -> RunAs.coordinator(() -> rsaService.addCheckIn(guého, TODAY, "X", null, false)));
        long checkIn = coord2(() -> rsaService.addCheckIn(guého, TODAY, "Référent RSA de Redon", "Bien engagé", true));
        Object shareable = em.createNativeQuery("select shareable from funding_checkin where id = ?1")
                .setParameter(1, checkIn).getSingleResult();
        assertTrue(Boolean.TRUE.equals(shareable) || shareable instanceof Number n && n.intValue() == 1, String.valueOf(shareable));
        assertEquals("funding.checkin.future", assertThrows(DomainException.class,
                () -> coord2(() -> rsaService.addCheckIn(guého, TODAY.plusDays(1), "X", null, false))).getKey());
        Number audited = (Number) em.createNativeQuery("select count(*) from audit_entry where action in"
                + " ('FUNDING_APPOINTMENT_WRITE','FUNDING_CHECKIN_WRITE') and actor_login = 'coordinateur2'").getSingleResult();
        assertTrue(audited.longValue() >= 4, audited.toString());
    }

    static FseRow fseRow(List<FseRow> rows, String lastName) {
        return rows.stream().filter(r -> r.name().startsWith(lastName + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(lastName + " missing from " + rows));
    }

    @Test
    void fseFilesOfTheDemo() throws Exception {
        List<FseRow> grid = RunAs.coordinator(() -> fse.grid(YEAR));
        // Kévin Le Floch: his household was left unanswered → 4 of the 5 entry items
        FseRow leFloch = fseRow(grid, "Le Floch");
        assertEquals(List.of(FseItem.HOUSEHOLD), leFloch.missing());
        assertEquals(80, leFloch.completeness());
        assertEquals(LabourStatus.INACTIVE, leFloch.labour());
        FseRow diallo = fseRow(grid, "Diallo");
        assertEquals(List.of(), diallo.missing());
        assertEquals(Disability.DECLINED, diallo.disability());
        // Julien Perrin has no questionnaire: the three questionnaire items are missing
        assertTrue(fseRow(grid, "Perrin").missing().containsAll(List.of(FseItem.LABOUR_STATUS, FseItem.HOUSEHOLD,
                FseItem.DISABILITY)));
        // Nathalie Roux left 21 days ago; her exit situation was entered the day after: within the 4 weeks
        if (inYear(21)) {
            FseRow roux = fseRow(grid, "Roux");
            assertEquals(FseExitSituation.EMPLOYMENT, roux.exitSituation());
            assertFalse(roux.exitLate());
            assertEquals(List.of(), roux.missing(), "the 6 months are not due yet");
            assertEquals(TODAY.minusDays(21).plusDays(28), roux.exitDeadline());
        }
        // Pauline Lemoine left 190 days ago: entered 35 days after (late); 6 months due and not recorded
        if (inYear(190)) {
            FseRow lemoine = fseRow(grid, "Lemoine");
            assertTrue(lemoine.exitLate());
            assertEquals(List.of(FseItem.SIX_MONTHS), lemoine.missing());
            assertEquals(6 * 100 / 7, lemoine.completeness());
        }
        // Sylvie Bréal: her 6-month situation (CDI) comes from the +6-month follow-up
        if (inYear(250)) {
            assertEquals(AfterExitSituation.CDI, fseRow(grid, "Bréal").sixMonths());
        }

        var csv = table(RunAs.coordinator(() -> exports.fseCsv(YEAR, false)));
        assertEquals("Situation du ménage", of(csv, "Le Floch", null).get("Éléments manquants"));
        assertEquals("80", of(csv, "Le Floch", null).get("Complétude (%)"));
        assertEquals("Parent isolé avec enfant(s) à charge", of(csv, "Diallo", null).get("Situation du ménage"));
        assertEquals("OUI", of(csv, "Diallo", null).get("Parent isolé"));
        assertEquals("non exporté", of(csv, "Diallo", null).get("Handicap"));
        assertEquals("OUI", of(csv, "Garnier", null).get("Chômeur de longue durée"));
        if (inYear(21)) {
            assertEquals("1", of(csv, "Roux", null).get("Délai de saisie (jours)"));
            assertEquals("NON", of(csv, "Roux", null).get("Saisie hors délai"));
        }
        var confirmed = table(RunAs.coordinator(() -> exports.fseCsv(YEAR, true)));
        assertEquals("Ne souhaite pas répondre", of(confirmed, "Diallo", null).get("Handicap"));

        // answering in structure 2: Sandrine Bertho's questionnaire; an exit situation needs an exit
        long bertho = fseRow(coord2(() -> fse.grid(YEAR)), "Bertho").pathwayId();
        coord2(() -> { fse.answerEntry(bertho, LabourStatus.UNEMPLOYED, Household.ALONE, Disability.NO); return null; });
        FseRow b = coord2(() -> fse.file(bertho, YEAR));
        assertEquals(Household.ALONE, b.household());
        assertFalse(b.missing().contains(FseItem.HOUSEHOLD));
        assertEquals("funding.fse.notExited", assertThrows(DomainException.class, () -> coord2(() -> {
            fse.answerExit(bertho, FseExitSituation.EMPLOYMENT);
            return null;
        })).getKey());
        assertThrows(Exception.class, () -> RunAs.coordinator(() -> fse.file(bertho, YEAR)));
    }

    @Test
    void trainingsWithTheirAspObjectiveAndType() throws Exception {
        List<TrainingRow> rows = RunAs.coordinator(() -> trainingAsp.trainings(YEAR));
        if (inYear(92)) {
            TrainingRow sst = rows.stream().filter(t -> t.name().startsWith("Garnier ") && t.title().startsWith("Sauveteur"))
                    .findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
            assertEquals(AspTrainingObjective.SAFETY, sst.objective());
            assertEquals(AspTrainingType.EXTERNAL, sst.type());
            var fiches = table(RunAs.coordinator(() -> exports.fichesSalarieCsv(YEAR, false)));
            assertTrue(of(fiches, "Garnier", null).get("Formations (objectif et type ASP)")
                    .contains("objectif Sécurité, habilitations (SST, CACES…), type Formation externe (organisme de formation)"),
                    of(fiches, "Garnier", null).toString());
            // structure 2 cannot set structure 1's training
            assertThrows(Exception.class, () -> coord2(() -> {
                trainingAsp.setAsp(sst.trainingId(), AspTrainingObjective.QUALIFICATION, null);
                return null;
            }));
        }
        // structure 2: a training added to Loïc Guého's pathway, its objective and type set then read back
        long guého = coord2(() -> hours.month(M1)).stream().filter(r -> r.name().startsWith("Guého")).findFirst()
                .orElseThrow().pathwayId();
        LocalDate day = TODAY.getDayOfYear() > 1 ? TODAY.minusDays(1) : TODAY;
        long trainingId = coord2(() -> trainings.addTraining(guého, new fr.sillon.ejb.pathway.PathwayViews.TrainingRequest(
                fr.sillon.domain.pathway.TrainingKind.OTHER, "Taille douce des haies", "CFPPA du Rheu", day, day,
                new BigDecimal("7"), null, null, null)));
        TrainingRow blank = coord2(() -> trainingAsp.trainings(YEAR)).stream().filter(x -> x.trainingId() == trainingId)
                .findFirst().orElseThrow();
        assertNull(blank.objective());
        coord2(() -> { trainingAsp.setAsp(trainingId, AspTrainingObjective.TECHNICAL_SKILLS, AspTrainingType.EXTERNAL); return null; });
        TrainingRow again = coord2(() -> trainingAsp.trainings(YEAR)).stream().filter(x -> x.trainingId() == trainingId)
                .findFirst().orElseThrow();
        assertEquals(AspTrainingObjective.TECHNICAL_SKILLS, again.objective());
        assertEquals(AspTrainingType.EXTERNAL, again.type());
        assertThrows(Exception.class, () -> RunAs.coordinator(() -> {
            trainingAsp.setAsp(trainingId, null, null);
            return null;
        }));
    }
}
