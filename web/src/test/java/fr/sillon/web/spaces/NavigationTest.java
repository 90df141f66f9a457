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
        assertTrue(Navigation.itemsOf(Role.SUPERVISOR).stream().allMatch(i -> i.view().startsWith("/supervisor/")));
        assertTrue(Navigation.itemsOf(Role.PARTICIPANT).stream().allMatch(i -> i.view().startsWith("/participant/")));
        assertTrue(Navigation.itemsOf(Role.REFERENT).stream().allMatch(i -> i.view().startsWith("/referent/")));
    }
}
