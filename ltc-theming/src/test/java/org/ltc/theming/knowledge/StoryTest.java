package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.knowledge.CommunityStory;
import org.ltc.model.knowledge.GroupRate;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.StatementVote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;

/** The draft story's choice of themes and its sentences, on themes built by hand. */
class StoryTest {
    private static StatementVote vote(String id) {
        return new StatementVote(id, null, List.of(new GroupRate("A", 10, 10, 0.9), new GroupRate("B", 10, 10, 0.2)),
                0.7, 0.18);
    }

    /** A theme of {@code size} notes with the given numbers of common-ground and dividing statements. */
    private static Theme theme(String id, String label, ThemeCategory category, String parent, int size, int agreed,
                               int divided) {
        List<NoteRef> refs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            refs.add(NoteRef.of(id + "-n" + i));
        }
        List<StatementVote> common = new ArrayList<>();
        List<StatementVote> dividing = new ArrayList<>();
        for (int i = 0; i < agreed; i++) {
            common.add(vote(id + "-n" + i));
        }
        for (int i = 0; i < divided; i++) {
            dividing.add(vote(id + "-n" + (agreed + i)));
        }
        return Theme.of(id, label, category, List.of(), refs).withParent(parent).withDivisions(common, dividing);
    }

    @Test
    void aWideTopLevelThemeTellsAConcernBeforeASmallSubThemeThatDoesNotDivide() {
        // the widest concern divides on one statement and is agreed on three; a small sub-theme elsewhere divides
        // on none: the story is about what most people raised
        List<Theme> themes = List.of(
                theme("roads", "Roads and traffic", ThemeCategory.CONCERNS, null, 50, 3, 1),
                theme("misc", "Parks and water", ThemeCategory.CONCERNS, null, 30, 1, 2),
                theme("misc-1", "Water", ThemeCategory.CONCERNS, "misc", 8, 0, 0));
        CommunityStory story = Story.draft(themes);
        assertEquals("roads and traffic", story.challenge(), story.text());
        assertTrue(story.text().contains("Opinion groups divide on some statements about roads and traffic"),
                story.text());
    }

    @Test
    void everySlotReadsWithAnyTopicAndABlankStaysABlank() {
        // a topic such as "rents and kids" is no "community with": the aspiration slot says people talked about it
        List<Theme> themes = List.of(theme("a", "Rents and kids", ThemeCategory.ASPIRATIONS, null, 30, 0, 0),
                theme("c", "The mill", ThemeCategory.CONCERNS, null, 20, 0, 0));
        CommunityStory story = Story.draft(themes);
        assertEquals("When people described the community they want, they talked about rents and kids, but they are "
                + "concerned about the mill. So we need to work on ___.", story.text());
        assertNull(story.need());
        assertFalse(story.text().contains("community with"), story.text());
    }

    @Test
    void twoSlotsNeverNameTheSameThing() {
        // "kids" in the aspiration and again in the concern would tell one topic twice: the next concern is told
        List<Theme> themes = List.of(theme("a", "Rents and kids", ThemeCategory.ASPIRATIONS, null, 30, 0, 0),
                theme("c1", "Mill and kids", ThemeCategory.CONCERNS, null, 25, 0, 0),
                theme("c2", "Council", ThemeCategory.CONCERNS, null, 15, 0, 0));
        CommunityStory story = Story.draft(themes);
        assertEquals("council", story.challenge(), story.text());
    }

    @Test
    void aPlainlyNamedThemeAndADividedAspirationTellNothing() {
        List<Theme> themes = List.of(theme("o", "Other comments", ThemeCategory.CONCERNS, null, 60, 0, 0),
                theme("a", "A stadium", ThemeCategory.ASPIRATIONS, null, 30, 0, 2),
                theme("c", "Other comments on potholes", ThemeCategory.CHANGES, null, 20, 0, 0));
        CommunityStory story = Story.draft(themes);
        assertNull(story.aspiration(), story.text());
        assertNull(story.challenge(), story.text());
        assertNull(story.need(), story.text());
    }
}
