package fr.sillon.web.spaces;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.access.Role;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NavigationTest {
    @Test
    void thePageItselfIsMarkedPageAndAPageOfItsSectionTrue() {
        Navigation.Item participants = Navigation.itemsOf(Role.COORDINATOR).stream()
                .filter(i -> i.view().equals("/coordinator/participants.xhtml")).findFirst().orElseThrow();
        assertEquals("page", Navigation.current(participants, "/coordinator/participants.xhtml"));
        assertEquals("true", Navigation.current(participants, "/coordinator/pathway.xhtml"));
        assertNull(Navigation.current(participants, "/coordinator/dashboard.xhtml"));
    }

    @Test
    void everySpaceHasItsHomeFirstAndEachViewOnce() {
        for (Role role : Role.values()) {
            var items = Navigation.itemsOf(role);
            assertTrue(items.get(0).view().startsWith(role.homePath() + "/index.xhtml"), role + " starts at its home");
            Set<String> seen = new HashSet<>();
            items.forEach(i -> {
                assertTrue(seen.add(i.view()), role + " lists " + i.view() + " once");
                i.section().forEach(v -> assertTrue(seen.add(v), role + ": " + v + " belongs to one link"));
            });
        }
    }

    @Test
    void aSupervisorSeesOnlyTheSupervisorScreens() {
        // besides one's own account (password, second factor: issue 14), which every role has
        assertTrue(Navigation.itemsOf(Role.SUPERVISOR).stream().allMatch(i -> i.view().startsWith("/supervisor/")
                || i.view().startsWith("/account/")));
        assertTrue(Navigation.itemsOf(Role.PARTICIPANT).stream().allMatch(i -> i.view().startsWith("/participant/")
                || i.view().startsWith("/account/")));
        assertTrue(Navigation.itemsOf(Role.REFERENT).stream().allMatch(i -> i.view().startsWith("/referent/")
                || i.view().startsWith("/account/")));
        for (Role role : Role.values()) {
            assertEquals(2, Navigation.itemsOf(role).stream().filter(i -> i.view().startsWith("/account/")).count(), role.name());
        }
    }
}
