package org.ltc.model.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.LtcJson;
import org.ltc.model.stage.PublicCapitalLevel;
import org.ltc.model.stage.PublicCapitalRating;

class LibraryCapacitiesTest {
    @Test
    void capacitiesOfferTheirTagsAndKind() {
        Capacity room = Capacity.of("room", CapacityKind.SPACE, "Community room", "meeting-room", "meeting-room");
        assertEquals(List.of("meeting-room"), room.tags(), "tags are unique and sorted");
        assertTrue(room.offers("meeting-room"));
        assertTrue(room.offers("space"));
        assertFalse(room.offers("facilitation"));
        assertTrue(Capacity.of("s", CapacityKind.STAFF_SKILL, "Skill").offers("staff-skill"));
    }

    @Test
    void badCapacitiesAreRejectedByField() {
        InvalidInputException tag = assertThrows(InvalidInputException.class,
                () -> Capacity.of("room", CapacityKind.SPACE, "Room", "Meeting Room"));
        assertEquals("tags[0]", tag.field());
        InvalidInputException layer = assertThrows(InvalidInputException.class, () -> new Capacity("room",
                CapacityKind.SPACE, "Room", null, List.of(), CivicLayer.OFFICIAL, null));
        assertEquals("layer", layer.field());
        assertThrows(InvalidInputException.class, () -> new LibraryCapacities("L", List.of(
                Capacity.of("a", CapacityKind.SPACE, "A"), Capacity.of("a", CapacityKind.SPACE, "B")), List.of(),
                List.of()));
        assertThrows(InvalidInputException.class, () -> new LibraryCapacities(" ", List.of(), List.of(), List.of()));
    }

    @Test
    void aCapacitiesDocumentRoundTripsInItsEnvelope() {
        LibraryCapacities caps = new LibraryCapacities("Riverton Public Library", List.of(
                Capacity.of("room", CapacityKind.SPACE, "Room", "meeting-room"),
                new Capacity("assoc", CapacityKind.PARTNER, "Eastside Association", "Block club", List.of("residents"),
                        CivicLayer.THIRD_PLACES, LeaderType.CONNECTOR)),
                List.of(new PublicCapitalRating("shared-purpose", PublicCapitalLevel.LACKING, null, List.of())),
                List.of("inventory"));
        LtcJson json = LtcJson.defaults();
        String text = json.write(caps);
        assertTrue(text.contains("\"kind\" : \"library-capacities\""), text);
        assertEquals(caps, json.read(text, LibraryCapacities.class));
        assertEquals(List.of(caps.capacities().get(1)), caps.ofKind(CapacityKind.PARTNER));
    }

    @Test
    void anActionCitesTheCapacitiesItDrawsOn() {
        Action a = Action.of("a1", "Talk").withChildren(List.of(Action.of("c1", "Child")));
        assertTrue(a.capacityIds().isEmpty());
        Action cited = new Action("a2", "Talk", null, null, List.of(), null, null, null, 0, 0, null, List.of(),
                List.of(), null, List.of(), List.of(), List.of("room"));
        assertEquals(List.of("room"), cited.withProgress(ActionStatus.DONE, 100, List.of()).capacityIds());
        assertEquals(1, cited.weight(), "an absent weight is the default 1");
    }
}
