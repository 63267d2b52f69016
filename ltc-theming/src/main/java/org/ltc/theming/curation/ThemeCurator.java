package org.ltc.theming.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.knowledge.Breadth;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;

/**
 * A person's edits to a theme set, the way people rework sticky notes on a wall: merge two themes, split
 * one, rename it, give it another category, move a note, pin a theme so that a re-run keeps it. Every
 * operation returns a new {@link ThemeSet} whose provenance gains one {@link ProvenanceStep} naming the
 * operation, its arguments and who made it.
 *
 * <p>Invariants every operation keeps: no note is lost or invented (each note of the input is in at least one
 * theme or listed as unassigned, never both); a theme left with no notes disappears unless it is pinned.
 * Measures (quotes, breadth, votes) of changed themes are cleared: public-knowledge assembly recomputes them.
 *
 * <p>Two levels (a top-level theme holding the notes of its sub-themes, {@link Theme#parent()}) stay consistent:
 * a top-level theme still holds every note of its sub-themes after each operation, and a sub-theme's notes leave
 * its old parent when they leave the sub-theme (unless a sibling still holds them). What happens to a theme's
 * sub-themes is stated on each operation: {@link #merge} hands them to the merged theme, {@link #drop} drops them
 * with it, {@link #moveTheme} moves one.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThemeCurator {
    /** The codec used to hash inputs; immutable and thread-safe, so shared. */
    private final String by;

    private ThemeCurator(String by) {
        this.by = Checks.optional(by);
    }

    /** A curator whose steps are signed {@code by} (a pseudonym or role, e.g. {@code "library team"}). */
    public static ThemeCurator by(String who) {
        return new ThemeCurator(who);
    }

    /** A curator whose steps are not signed. */
    public static ThemeCurator anonymous() {
        return new ThemeCurator(null);
    }

    /**
     * Merges {@code otherId} into {@code targetId}: the target keeps its id and gets {@code newLabel} (or keeps its
     * label when null). With two levels the merged theme keeps the target's place (or, when the target was a
     * sub-theme of the theme merged away, takes that theme's place at the top); the merged-away theme's sub-themes
     * move under the merged theme, or under its parent when it is a sub-theme; and the notes that arrive are held by
     * the merged theme's parent too, and leave the merged-away theme's old parent.
     */
    public ThemeSet merge(ThemeSet set, String targetId, String otherId, String newLabel) {
        Theme target = theme(set, targetId, "targetId");
        Theme other = theme(set, otherId, "otherId");
        if (targetId.equals(otherId)) {
            throw InvalidInputException.field("otherId", otherId, "must differ from targetId");
        }
        Map<String, NoteRef> evidence = new LinkedHashMap<>();
        target.evidence().forEach(r -> evidence.put(r.noteId(), r));
        other.evidence().forEach(r -> evidence.merge(r.noteId(), r, (a, b) -> a.weight() >= b.weight() ? a : b));
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(concat(target.keyTerms(), other.keyTerms())));
        Theme merged = cleared(new Theme(target.id(), newLabel == null ? target.label() : newLabel, target.category(),
                terms, List.copyOf(evidence.values()), List.of(), Breadth.none(), 0, List.of(), null,
                target.pinned() || other.pinned()));
        String parent = otherId.equals(target.parent()) ? other.parent() : target.parent();
        String orphansTo = parent == null ? targetId : parent;
        String oldParent = other.parent() != null && !other.parent().equals(targetId)
                && !other.parent().equals(parent) ? other.parent() : null;
        Set<String> leaving = oldParent == null ? Set.of() : onlyThrough(set, oldParent, otherId, other.evidence());
        List<Theme> themes = new ArrayList<>();
        for (Theme t : set.themes()) {
            if (t.id().equals(targetId)) {
                themes.add(merged.withParent(parent));
            } else if (!t.id().equals(otherId)) {
                Theme u = otherId.equals(t.parent()) ? t.withParent(orphansTo) : t;
                if (t.id().equals(parent)) {
                    u = cleared(u.withEvidence(union(u.evidence(), other.evidence())));
                } else if (t.id().equals(oldParent)) {
                    u = cleared(u.withEvidence(u.evidence().stream().filter(r -> !leaving.contains(r.noteId())).toList()));
                }
                themes.add(u);
            }
        }
        Map<String, String> p = new TreeMap<>();
        p.put("targetId", targetId);
        p.put("otherId", otherId);
        if (newLabel != null) {
            p.put("label", newLabel);
        }
        return result(set, themes, set.unassigned(), "merge", p);
    }

    /**
     * Splits the notes {@code noteIds} out of {@code themeId} into a new theme {@code newId} labelled
     * {@code newLabel}, in the same category. The notes must be some, not all, of the theme's notes.
     */
    public ThemeSet split(ThemeSet set, String themeId, Collection<String> noteIds, String newId, String newLabel) {
        Theme source = theme(set, themeId, "themeId");
        Checks.id("newId", newId);
        Checks.notBlank("newLabel", newLabel);
        if (set.theme(newId).isPresent()) {
            throw InvalidInputException.field("newId", newId, "is already a theme of the set");
        }
        Set<String> moving = new LinkedHashSet<>(noteIds);
        Set<String> held = new HashSet<>();
        source.evidence().forEach(r -> held.add(r.noteId()));
        for (String id : moving) {
            if (!held.contains(id)) {
                throw InvalidInputException.field("noteIds", id, "is not a note of theme " + themeId);
            }
        }
        if (moving.isEmpty() || moving.size() == held.size()) {
            throw InvalidInputException.field("noteIds", moving.size(),
                    "must name some but not all of the " + held.size() + " notes of theme " + themeId);
        }
        List<NoteRef> stay = source.evidence().stream().filter(r -> !moving.contains(r.noteId())).toList();
        List<NoteRef> go = source.evidence().stream().filter(r -> moving.contains(r.noteId())).toList();
        List<Theme> themes = new ArrayList<>();
        for (Theme t : set.themes()) {
            if (t.id().equals(themeId)) {
                themes.add(cleared(t.withEvidence(stay)));
                themes.add(Theme.of(newId, newLabel, t.category(), List.of(), go).withParent(t.parent()));
            } else {
                themes.add(t);
            }
        }
        Map<String, String> p = new TreeMap<>();
        p.put("themeId", themeId);
        p.put("newId", newId);
        p.put("label", newLabel);
        p.put("noteIds", String.join(",", moving));
        return result(set, themes, set.unassigned(), "split", p);
    }

    /** Gives a theme a new label. */
    public ThemeSet rename(ThemeSet set, String themeId, String newLabel) {
        theme(set, themeId, "themeId");
        Checks.notBlank("newLabel", newLabel);
        List<Theme> themes = set.themes().stream().map(t -> t.id().equals(themeId) ? t.withLabel(newLabel) : t).toList();
        return result(set, themes, set.unassigned(), "rename", Map.of("themeId", themeId, "label", newLabel));
    }

    /** Puts a theme in another public-knowledge category. */
    public ThemeSet recategorise(ThemeSet set, String themeId, ThemeCategory category) {
        theme(set, themeId, "themeId");
        Checks.notNull("category", category);
        List<Theme> themes = set.themes().stream().map(t -> t.id().equals(themeId) ? t.withCategory(category) : t)
                .toList();
        return result(set, themes, set.unassigned(), "recategorise", Map.of("themeId", themeId,
                "category", category.id()));
    }

    /**
     * Moves a note from one theme to another. {@code fromThemeId} {@code null} takes it from the unassigned
     * notes; {@code toThemeId} {@code null} takes it out of the theme, to the unassigned notes unless another
     * theme still holds it. The moved note joins its new theme with weight 1: a person placed it there.
     */
    public ThemeSet moveNote(ThemeSet set, String noteId, String fromThemeId, String toThemeId) {
        Checks.id("noteId", noteId);
        if (fromThemeId == null && toThemeId == null) {
            throw InvalidInputException.field("toThemeId", null, "a move needs a theme to take the note from or to");
        }
        if (fromThemeId == null) {
            if (!set.unassigned().contains(noteId)) {
                throw InvalidInputException.field("noteId", noteId, "is not an unassigned note");
            }
        } else if (theme(set, fromThemeId, "fromThemeId").evidence().stream().noneMatch(r -> r.noteId().equals(noteId))) {
            throw InvalidInputException.field("noteId", noteId, "is not a note of theme " + fromThemeId);
        }
        if (toThemeId != null) {
            theme(set, toThemeId, "toThemeId");
        }
        List<Theme> themes = new ArrayList<>();
        for (Theme t : set.themes()) {
            if (t.id().equals(fromThemeId)) {
                themes.add(cleared(t.withEvidence(t.evidence().stream().filter(r -> !r.noteId().equals(noteId)).toList())));
            } else if (t.id().equals(toThemeId)) {
                List<NoteRef> ev = new ArrayList<>(t.evidence().stream().filter(r -> !r.noteId().equals(noteId)).toList());
                ev.add(0, NoteRef.of(noteId));
                themes.add(cleared(t.withEvidence(ev)));
            } else {
                themes.add(t);
            }
        }
        List<String> unassigned = new ArrayList<>(set.unassigned());
        unassigned.remove(noteId);
        if (toThemeId == null) {
            unassigned.add(noteId);
        }
        Map<String, String> p = new TreeMap<>();
        p.put("noteId", noteId);
        p.put("from", fromThemeId == null ? "unassigned" : fromThemeId);
        p.put("to", toThemeId == null ? "unassigned" : toThemeId);
        return result(set, themes, unassigned, "move-note", p);
    }

    /**
     * Drops a theme the team will not publish (off-topic, a duplicate nobody merged, a joke): the theme goes and
     * its notes become unassigned unless another theme still holds them, so they are still counted, never lost.
     * A top-level theme's sub-themes go with it: what the team will not publish under one name is not published
     * under its parts' names either (move or merge a sub-theme first to keep it). A dropped sub-theme's notes leave
     * its parent too, unless a sibling still holds them.
     */
    public ThemeSet drop(ThemeSet set, String themeId) {
        Theme gone = theme(set, themeId, "themeId");
        List<String> subs = set.subThemes(themeId).stream().map(Theme::id).toList();
        String parent = gone.parent();
        Set<String> leaving = parent == null ? Set.of() : onlyThrough(set, parent, themeId, gone.evidence());
        List<Theme> themes = new ArrayList<>();
        for (Theme t : set.themes()) {
            if (t.id().equals(parent)) {
                themes.add(cleared(t.withEvidence(t.evidence().stream().filter(r -> !leaving.contains(r.noteId()))
                        .toList())));
            } else if (!t.id().equals(themeId) && !subs.contains(t.id())) {
                themes.add(t);
            }
        }
        Map<String, String> p = new TreeMap<>();
        p.put("themeId", themeId);
        if (!subs.isEmpty()) {
            p.put("subThemes", String.join(",", subs));
        }
        return result(set, themes, set.unassigned(), "drop", p);
    }

    /**
     * Moves a theme under another top-level theme ({@code newParent}), or to the top level ({@code null}): its notes
     * leave its old parent (unless a sibling still holds them) and join its new one. Two levels only: the new parent
     * must be a top-level theme, and a theme with sub-themes of its own cannot become one.
     */
    public ThemeSet moveTheme(ThemeSet set, String themeId, String newParent) {
        Theme moving = theme(set, themeId, "themeId");
        if (newParent != null) {
            Theme to = theme(set, newParent, "newParent");
            if (newParent.equals(themeId) || !to.topLevel()) {
                throw InvalidInputException.field("newParent", newParent, "must name another top-level theme");
            }
            if (!set.subThemes(themeId).isEmpty()) {
                throw InvalidInputException.field("themeId", themeId,
                        "has sub-themes of its own, so it cannot become one (themes have two levels)");
            }
        }
        if (java.util.Objects.equals(moving.parent(), newParent)) {
            return set;
        }
        String old = moving.parent();
        Set<String> leaving = old == null ? Set.of() : onlyThrough(set, old, themeId, moving.evidence());
        List<Theme> themes = new ArrayList<>();
        for (Theme t : set.themes()) {
            if (t.id().equals(themeId)) {
                themes.add(t.withParent(newParent));
            } else if (t.id().equals(old)) {
                themes.add(cleared(t.withEvidence(t.evidence().stream().filter(r -> !leaving.contains(r.noteId()))
                        .toList())));
            } else if (t.id().equals(newParent)) {
                themes.add(cleared(t.withEvidence(union(t.evidence(), moving.evidence()))));
            } else {
                themes.add(t);
            }
        }
        Map<String, String> p = new TreeMap<>();
        p.put("themeId", themeId);
        p.put("from", old == null ? "top" : old);
        p.put("to", newParent == null ? "top" : newParent);
        return result(set, themes, set.unassigned(), "move-theme", p);
    }

    /** The notes of {@code notes} that no sub-theme of {@code parentId} other than {@code except} holds. */
    private static Set<String> onlyThrough(ThemeSet set, String parentId, String except, List<NoteRef> notes) {
        Set<String> held = new HashSet<>();
        set.subThemes(parentId).stream().filter(c -> !c.id().equals(except))
                .forEach(c -> c.evidence().forEach(r -> held.add(r.noteId())));
        Set<String> out = new HashSet<>();
        notes.forEach(r -> {
            if (!held.contains(r.noteId())) {
                out.add(r.noteId());
            }
        });
        return out;
    }

    /** A theme's evidence with {@code more} added after it, each note once (the first reference kept). */
    private static List<NoteRef> union(List<NoteRef> evidence, List<NoteRef> more) {
        Map<String, NoteRef> all = new LinkedHashMap<>();
        evidence.forEach(r -> all.put(r.noteId(), r));
        more.forEach(r -> all.putIfAbsent(r.noteId(), r));
        return List.copyOf(all.values());
    }

    /** Pins (or unpins) a theme: a pinned theme survives a re-run through {@link #keepPinned}. */
    public ThemeSet pin(ThemeSet set, String themeId, boolean pinned) {
        theme(set, themeId, "themeId");
        List<Theme> themes = set.themes().stream().map(t -> t.id().equals(themeId) ? t.withPinned(pinned) : t).toList();
        return result(set, themes, set.unassigned(), pinned ? "pin" : "unpin", Map.of("themeId", themeId));
    }

    /**
     * A fresh run's themes with the pinned themes of an earlier, curated set carried over. Pinned themes own
     * their notes: they are kept as the person left them (restricted to notes the fresh run still has), a fresh
     * theme with a pinned theme's id gives way to it, and their notes leave the fresh themes (a fresh theme
     * left empty disappears). Notes no theme holds any more are unassigned. The step is recorded with the
     * pinned ids and a hash of the curated set, after the curated set's own steps.
     */
    public ThemeSet keepPinned(ThemeSet fresh, ThemeSet curated) {
        Set<String> universe = new LinkedHashSet<>();
        fresh.themes().forEach(t -> t.evidence().forEach(r -> universe.add(r.noteId())));
        universe.addAll(fresh.unassigned());
        List<Theme> pinned = new ArrayList<>();
        Set<String> pinnedNotes = new HashSet<>();
        Set<String> pinnedIds = new LinkedHashSet<>();
        for (Theme t : curated.themes()) {
            if (t.pinned()) {
                List<NoteRef> kept = t.evidence().stream().filter(r -> universe.contains(r.noteId())).toList();
                pinned.add(kept.size() == t.evidence().size() ? t : cleared(t.withEvidence(kept)));
                kept.forEach(r -> pinnedNotes.add(r.noteId()));
                pinnedIds.add(t.id());
            }
        }
        List<Theme> themes = new ArrayList<>(pinned);
        for (Theme t : fresh.themes()) {
            if (pinnedIds.contains(t.id())) {
                continue;
            }
            List<NoteRef> rest = t.evidence().stream().filter(r -> !pinnedNotes.contains(r.noteId())).toList();
            if (!rest.isEmpty()) {
                themes.add(rest.size() == t.evidence().size() ? t : cleared(t.withEvidence(rest)));
            }
        }
        Provenance prov = fresh.provenance();
        for (ProvenanceStep s : curated.provenance().steps()) {
            prov = prov.withStep(s);
        }
        Map<String, String> p = new TreeMap<>();
        p.put("pinned", String.join(",", pinnedIds));
        p.put("curatedSha256", Provenance.digest(curated));
        prov = prov.withStep(new ProvenanceStep("keep-pinned", p, by));
        return new ThemeSet(fresh.conversationSetId(), themes, unassigned(universe, themes), prov);
    }

    private ThemeSet result(ThemeSet before, List<Theme> themes, List<String> unassigned, String op,
                            Map<String, String> params) {
        List<Theme> kept = themes.stream().filter(t -> t.pinned() || !t.evidence().isEmpty()).toList();
        Set<String> universe = new LinkedHashSet<>();
        before.themes().forEach(t -> t.evidence().forEach(r -> universe.add(r.noteId())));
        universe.addAll(before.unassigned());
        Set<String> held = new HashSet<>();
        kept.forEach(t -> t.evidence().forEach(r -> held.add(r.noteId())));
        Set<String> free = new LinkedHashSet<>();
        for (String id : unassigned) {
            if (!held.contains(id)) {
                free.add(id);
            }
        }
        for (String id : universe) {
            if (!held.contains(id)) {
                free.add(id);
            }
        }
        return new ThemeSet(before.conversationSetId(), kept, List.copyOf(free),
                before.provenance().withStep(new ProvenanceStep(op, params, by)));
    }

    private static List<String> unassigned(Set<String> universe, List<Theme> themes) {
        Set<String> held = new HashSet<>();
        themes.forEach(t -> t.evidence().forEach(r -> held.add(r.noteId())));
        return universe.stream().filter(id -> !held.contains(id)).toList();
    }

    private static Theme cleared(Theme t) {
        return t.withMeasures(List.of(), Breadth.none(), 0, List.of(), null);
    }

    private static Theme theme(ThemeSet set, String id, String field) {
        Checks.notNull(field, id);
        return set.theme(id).orElseThrow(() -> InvalidInputException.field(field, id, "names no theme of the set"));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
