package org.ltc.theming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ltc.model.Checks;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;

/**
 * The notes a themer themes, and those it sets aside: notes a moderator rejected and meta statements
 * ({@link Note#META_TAG}) are never themed, by any themer, and every summary counts them apart. The one
 * place that rule lives.
 *
 * @param notes    the notes to theme, in input order
 * @param rejected how many notes a moderator rejected
 * @param meta     how many (not rejected) notes are meta statements
 * @param noun     what the notes are called in a summary: "statements" for Polis, else "notes"
 */
public record ThemableNotes(List<Note> notes, int rejected, int meta, String noun) {
    public ThemableNotes {
        notes = Checks.list("notes", notes);
        Checks.nonNegative("rejected", rejected);
        Checks.nonNegative("meta", meta);
        Checks.notBlank("noun", noun);
    }

    /** Splits a conversation set's notes into those to theme and those set aside. */
    public static ThemableNotes of(ConversationSet set) {
        List<Note> keep = new ArrayList<>();
        int rejected = 0;
        int meta = 0;
        for (Note n : set.notes()) {
            if (n.moderation() == Moderation.REJECTED) {
                rejected++;
            } else if (isMeta(n)) {
                meta++;
            } else {
                keep.add(n);
            }
        }
        boolean polis = !set.conversations().isEmpty();
        for (Conversation c : set.conversations()) {
            polis &= c.format() == ConversationFormat.POLIS;
        }
        return new ThemableNotes(keep, rejected, meta, polis ? "statements" : "notes");
    }

    /** Whether a note is a meta statement. */
    public static boolean isMeta(Note note) {
        return note.tags().contains(Note.META_TAG);
    }

    /** How many notes were set aside. */
    public int setAside() {
        return rejected + meta;
    }

    /**
     * A line for a summary, e.g. "themed 192 accepted statements; 105 rejected and 1 meta statement set aside",
     * or "themed 40 notes" when nothing was set aside.
     */
    public String summary() {
        String singular = noun.substring(0, noun.length() - 1);
        StringBuilder b = new StringBuilder("themed ").append(notes.size())
                .append(setAside() > 0 ? " accepted " : " ").append(notes.size() == 1 ? singular : noun);
        if (setAside() > 0) {
            List<String> parts = new ArrayList<>();
            if (rejected > 0) {
                parts.add(rejected + " rejected");
            }
            if (meta > 0) {
                parts.add(meta + " meta");
            }
            int last = meta > 0 ? meta : rejected;
            b.append("; ").append(String.join(" and ", parts)).append(' ')
                    .append(last == 1 ? singular : noun).append(" set aside");
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
