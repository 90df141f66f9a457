package fr.sillon.ejb.funding;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;

import fr.sillon.domain.access.Structure;
import fr.sillon.domain.funding.AccompanimentDeclaration;
import fr.sillon.domain.funding.AfterExitRules;
import fr.sillon.domain.funding.BarrierSupport;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.funding.FundingViews.Bilan;
import fr.sillon.ejb.funding.FundingViews.Section;
import fr.sillon.ejb.funding.FundingViews.SupportRow;
import fr.sillon.ejb.pathway.PathwayQueries;
import fr.sillon.ejb.pathway.PathwayQueries.FundingBarrier;
import fr.sillon.ejb.pathway.PathwayQueries.FundingExit;
import fr.sillon.ejb.pathway.PathwayQueries.FundingPerson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The yearly, non-nominative bilan of the dialogue de gestion (page, PDF, XLSX) and the ASP's déclaration
 * d'accompagnement (page, CSV). Health and justice figures appear only when the coordinator confirms that the
 * funder's form requires them; every export is audited with its period and whether they were included.
 */
@Stateless
public class FundingReports {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PathwayQueries queries;
    @Inject
    HoursService hours;
    @Inject
    AuditService audit;

    /** The bilan of {@code year} for the caller's structure (health and justice only if {@code sensitive}). */
    @RolesAllowed(COORDINATOR)
    public Bilan bilan(int year, boolean sensitive) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        long s = caller.structure();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<FundingPerson> people = queries.fundingPeople(s, from, to);
        var criteria = queries.criteriaOf(people.stream().map(FundingPerson::participantId).distinct().toList());
        List<Section> sections = new ArrayList<>();
        sections.add(BilanBuilder.fte(hours.fte(year)));
        sections.add(BilanBuilder.publics(people, criteria, from, to, sensitive));
        sections.add(BilanBuilder.barriers(queries.fundingBarriers(s, from, to), sensitive));
        sections.add(BilanBuilder.support(queries.interviewsIn(s, from, to), people.size()));
        sections.add(BilanBuilder.pmsmp(queries.fundingImmersions(s, from, to), from, to));
        LocalDate today = LocalDate.now();
        sections.add(BilanBuilder.exits(queries.fundingExits(s, from, to), BilanBuilder.undocumented(people,
                queries.contractSpans(s, from, to), from, today.isBefore(to) ? today : to.plusDays(1))));
        List<FundingExit> dueInYear = queries.fundingExits(s, from.minusMonths(AfterExitRules.MONTHS),
                to.minusMonths(AfterExitRules.MONTHS));
        sections.add(BilanBuilder.afterExit(dueInYear, AfterExitService.recorded(em, s,
                dueInYear.stream().map(FundingExit::pathwayId).toList())));
        sections.add(BilanBuilder.method(FundingSettings.hoursPerFte()));
        Structure st = em.find(Structure.class, s);
        return new Bilan(year, st.getName(), st.getAnnexeFinanciere(), LocalDateTime.now().withNano(0),
                caller.displayName(), sensitive, List.copyOf(sections));
    }

    @RolesAllowed(COORDINATOR)
    public byte[] bilanPdf(int year, boolean sensitive) {
        Bilan b = bilan(year, sensitive);
        byte[] pdf = BilanExport.pdf(b);
        audited("FUNDING_BILAN_PDF", year, sensitive);
        return pdf;
    }

    @RolesAllowed(COORDINATOR)
    public byte[] bilanXlsx(int year, boolean sensitive) {
        Bilan b = bilan(year, sensitive);
        byte[] xlsx = BilanExport.xlsx(b);
        audited("FUNDING_BILAN_XLSX", year, sensitive);
        return xlsx;
    }

    private void audited(String action, int year, boolean sensitive) {
        Caller caller = currentCaller.get();
        audit.ok(caller, action, "Structure", caller.structureId(), "année " + year
                + (sensitive ? " · santé et justice incluses (confirmé)" : " · sans santé ni justice"));
    }

    /** The déclaration d'accompagnement of {@code year}: the 8 ASP types, exact counts (the ASP's own form). */
    @RolesAllowed(COORDINATOR)
    public List<AccompanimentDeclaration.Line> declaration(int year) {
        FundingYears.check(year);
        long s = currentCaller.get().structure();
        List<FundingBarrier> barriers = queries.fundingBarriers(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<Long, BarrierSupport> supports = supports(s, barriers);
        return AccompanimentDeclaration.compute(barriers.stream().map(b -> {
            BarrierSupport sup = supports.get(b.barrierId());
            return new AccompanimentDeclaration.Support(b.pathwayId(), b.category(), sup != null && sup.isInside(),
                    sup != null && sup.isOutside());
        }).toList());
    }

    /**
     * The declaration as a CSV to copy into the ASP extranet (period and method stated). The ASP form asks for the
     * health and justice types: their figures are exported only once the coordinator confirms ({@code sensitive});
     * otherwise their lines say so and stay empty.
     */
    @RolesAllowed(COORDINATOR)
    public byte[] declarationCsv(int year, boolean sensitive) {
        List<AccompanimentDeclaration.Line> lines = declaration(year);
        Structure st = em.find(Structure.class, currentCaller.get().structure());
        byte[] csv = DeclarationExport.csv(year, st.getName(), st.getAnnexeFinanciere(), lines, sensitive);
        audited("FUNDING_DECLARATION_CSV", year, sensitive);
        return csv;
    }

    /** The barriers of the year with how each was supported, by name then category (to fill in the declaration). */
    @RolesAllowed(COORDINATOR)
    public List<SupportRow> supports(int year) {
        FundingYears.check(year);
        long s = currentCaller.get().structure();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<FundingBarrier> barriers = queries.fundingBarriers(s, from, to);
        Map<Long, String> names = queries.fundingPeople(s, from, to).stream()
                .collect(Collectors.toMap(FundingPerson::pathwayId, FundingPerson::name, (a, b) -> a));
        Map<Long, BarrierSupport> supports = supports(s, barriers);
        return barriers.stream().map(b -> {
            BarrierSupport sup = supports.get(b.barrierId());
            return new SupportRow(b.barrierId(), b.pathwayId(), names.getOrDefault(b.pathwayId(), ""), b.category(),
                    sup != null && sup.isInside(), sup != null && sup.isOutside());
        }).sorted(java.util.Comparator.comparing(SupportRow::name).thenComparing(SupportRow::category)).toList();
    }

    /** Records how a barrier of the caller's structure was supported (inside, outside, both or neither). */
    @RolesAllowed(COORDINATOR)
    public void setSupport(long barrierId, boolean inside, boolean outside) {
        Caller caller = currentCaller.get();
        queries.barrier(caller, barrierId, "FUNDING_SUPPORT_WRITE");
        BarrierSupport sup = em.find(BarrierSupport.class, barrierId);
        if (sup == null) {
            sup = new BarrierSupport(caller.structure(), barrierId);
            sup.set(inside, outside);
            em.persist(sup);
        } else {
            sup.set(inside, outside);
        }
    }

    private Map<Long, BarrierSupport> supports(long s, List<FundingBarrier> barriers) {
        if (barriers.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("select b from BarrierSupport b where b.structureId = :s and b.barrierId in :ids",
                        BarrierSupport.class).setParameter("s", s)
                .setParameter("ids", barriers.stream().map(FundingBarrier::barrierId).toList()).getResultList().stream()
                .collect(Collectors.toMap(BarrierSupport::getBarrierId, Function.identity()));
    }
}
