package fr.sillon.web.spaces;

import fr.sillon.domain.access.Role;
import fr.sillon.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The one navigation of each space, drawn by the layout on every page: the caller's role decides the links, the
 * current view decides which one is marked {@code aria-current} (« page » on the page itself, « true » on a page of
 * its section, e.g. a pathway under « Salarié·es »).
 */
@Named
@RequestScoped
public class Navigation {
    /** One link: its view, its label key, its PrimeIcons icon, whether it sits under « Gestion », its section's views. */
    public record Item(String view, String label, String icon, boolean more, List<String> section) {
        static Item of(String view, String label, String icon, String... section) {
            return new Item(view, label, icon, false, List.of(section));
        }

        static Item more(String view, String label, String icon) {
            return new Item(view, label, icon, true, List.of());
        }
    }

    private static final List<Item> ADMIN = List.of(
            Item.of("/admin/index.xhtml", "nav.home", "pi-home"),
            Item.of("/admin/structures.xhtml", "nav15.structures", "pi-building"),
            Item.of("/admin/partners.xhtml", "nav15.partners", "pi-users"),
            Item.of("/admin/accounts.xhtml", "nav15.accounts", "pi-id-card"),
            Item.of("/admin/frameworks.xhtml", "nav15.frameworks", "pi-book"),
            Item.of("/admin/audit.xhtml", "nav15.audit", "pi-shield"),
            Item.more("/account/password.xhtml", "nav.password", "pi-lock"),
            Item.more("/account/totp.xhtml", "nav.totp", "pi-mobile"));
    private static final List<Item> SUPERVISOR = List.of(
            Item.of("/supervisor/index.xhtml", "spaces.nav.myDay", "pi-sun", "/supervisor/observe.xhtml", "/supervisor/evidence.xhtml"),
            Item.of("/supervisor/task.xhtml", "nav15.task", "pi-plus-circle"),
            Item.of("/supervisor/validations.xhtml", "activity.nav.validations", "pi-check-square"),
            Item.more("/account/password.xhtml", "nav.password", "pi-lock"),
            Item.more("/account/totp.xhtml", "nav.totp", "pi-mobile"));
    private static final List<Item> COORDINATOR = List.of(
            Item.of("/coordinator/index.xhtml", "nav.home", "pi-home"),
            Item.of("/coordinator/dashboard.xhtml", "spaces.nav.dashboard", "pi-bell"),
            Item.of("/coordinator/participants.xhtml", "spaces.nav.participants", "pi-users", "/coordinator/pathway.xhtml"),
            Item.of("/supervisor/index.xhtml", "spaces.nav.myDay", "pi-sun", "/supervisor/observe.xhtml",
                    "/supervisor/evidence.xhtml", "/supervisor/task.xhtml"),
            Item.of("/supervisor/validations.xhtml", "activity.nav.validations", "pi-check-square"),
            Item.of("/coordinator/certificates.xhtml", "nav15.certificates", "pi-file-pdf"),
            Item.of("/coordinator/indicators.xhtml", "spaces.nav.indicators", "pi-chart-bar"),
            Item.more("/coordinator/funders.xhtml", "spaces.nav.funders", "pi-briefcase"),
            Item.more("/coordinator/hours.xhtml", "spaces.nav.hours", "pi-clock"),
            Item.more("/coordinator/followup.xhtml", "spaces.nav.followup", "pi-calendar"),
            Item.more("/coordinator/rsa.xhtml", "spaces.nav.rsa", "pi-id-card"),
            Item.more("/coordinator/fse.xhtml", "spaces.nav.fse", "pi-euro"),
            Item.more("/coordinator/activity.xhtml", "activity.catalogue.title", "pi-map"),
            Item.more("/coordinator/frameworks.xhtml", "nav15.frameworks", "pi-book"),
            Item.more("/coordinator/accounts.xhtml", "nav15.accounts", "pi-key"),
            Item.more("/coordinator/devices.xhtml", "spaces.devices.title", "pi-tablet"),
            Item.more("/coordinator/import.xhtml", "nav15.import", "pi-upload"),
            Item.more("/coordinator/settings.xhtml", "nav15.settings", "pi-cog"),
            Item.more("/coordinator/audit.xhtml", "nav15.audit", "pi-shield"),
            Item.more("/account/password.xhtml", "nav.password", "pi-lock"),
            Item.more("/account/totp.xhtml", "nav.totp", "pi-mobile"));
    private static final List<Item> PARTICIPANT = List.of(
            Item.of("/participant/index.xhtml", "spaces.nav.myPathway", "pi-home", "/participant/detail.xhtml"),
            Item.of("/participant/progress.xhtml", "assessment.myprogress.title", "pi-chart-bar"),
            Item.of("/participant/certificates.xhtml", "certificate.mine.title", "pi-file-pdf"),
            Item.more("/account/password.xhtml", "nav.password", "pi-lock"),
            Item.more("/account/totp.xhtml", "nav.totp", "pi-mobile"));
    private static final List<Item> REFERENT = List.of(
            Item.of("/referent/index.xhtml", "spaces.nav.followed", "pi-list", "/referent/pathway.xhtml"),
            Item.of("/referent/certificates.xhtml", "nav15.certificates", "pi-file-pdf"),
            Item.more("/account/password.xhtml", "nav.password", "pi-lock"),
            Item.more("/account/totp.xhtml", "nav.totp", "pi-mobile"));

    @Inject
    UserSession userSession;

    private List<Item> items;

    /** The links of the caller's space (none before login). */
    public List<Item> getItems() {
        if (items == null) {
            items = userSession.getCaller() == null ? List.of() : itemsOf(userSession.getCaller().role());
        }
        return items;
    }

    public List<Item> getMain() {
        return getItems().stream().filter(i -> !i.more()).toList();
    }

    public List<Item> getMore() {
        return getItems().stream().filter(Item::more).toList();
    }

    /** Whether the current page is one of the « Gestion » links (the group is then marked too). */
    public boolean isMoreCurrent() {
        return getMore().stream().anyMatch(i -> current(i) != null);
    }

    public static List<Item> itemsOf(Role role) {
        return switch (role) {
            case ADMIN -> ADMIN;
            case COORDINATOR -> COORDINATOR;
            case SUPERVISOR -> SUPERVISOR;
            case PARTICIPANT -> PARTICIPANT;
            case REFERENT -> REFERENT;
        };
    }

    /** {@code page}, {@code true} (a page of its section) or {@code null}, for {@code aria-current}. */
    public String current(Item item) {
        return current(item, viewId());
    }

    static String current(Item item, String viewId) {
        if (item.view().equals(viewId)) {
            return "page";
        }
        return item.section().contains(viewId) ? "true" : null;
    }

    private static String viewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    }
}
