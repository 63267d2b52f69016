package org.ltc.examples.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.theming.curation.ThemeCurator;

/**
 * The sheet a library team reviews themes in, one row per theme of a run, edited in any spreadsheet and given back
 * with {@code --review}. The columns: {@code theme_id} (never edited), {@code parent} (the top-level theme of a
 * sub-theme), {@code label} (edit to rename), {@code category} (edit to move it), {@code action} ({@code keep},
 * {@code drop}, {@code merge-into:<theme_id>} or {@code pin}), {@code notes} and {@code people} (how many notes
 * and people, for reading), {@code example} (one quote, for reading) and {@code comment} (the team's own notes,
 * carried from run to run).
 *
 * <p>Each edit becomes a {@link ThemeCurator} step signed by the reviewer, so the theme set's provenance says who
 * changed what. Applying the sheet a run wrote (with the edits it applied) gives the same themes again, since
 * theme ids are stable for the same notes, options and seed: the edits hold on every re-run.
 *
 * @param source        where the sheet was read from, for messages
 * @param rows          its rows, in sheet order
 * @param themeIdColumn the 1-based column of {@code theme_id} in the file, for messages
 * @param actionColumn  the 1-based column of {@code action} in the file, for messages
 */
public record ReviewSheet(String source, List<Row> rows, int themeIdColumn, int actionColumn) {
    /** The columns, in the order a written sheet has them. */
    public static final List<String> COLUMNS = List.of("theme_id", "parent", "label", "category", "action", "notes",
            "people", "example", "comment");

    public ReviewSheet {
        Checks.notBlank("source", source);
        rows = Checks.list("rows", rows);
    }

    /** A sheet built in code, with the columns in the order {@link #COLUMNS} lists them. */
    public ReviewSheet(String source, List<Row> rows) {
        this(source, rows, COLUMNS.indexOf("theme_id") + 1, COLUMNS.indexOf("action") + 1);
    }

    /** What the team decided about a theme. */
    public enum Action {
        /** Publish it (with any new label or category). */
        KEEP,
        /** Do not publish it; its notes become unassigned. */
        DROP,
        /** Fold it into another theme. */
        MERGE_INTO,
        /** Keep it as the team left it, whatever later runs find. */
        PIN
    }

    /**
     * One row of the sheet.
     *
     * @param line      the line it starts on in the file
     * @param themeId   the theme
     * @param label     its label as the team wants it, or {@code null} to keep the run's
     * @param category  its category as the team wants it, or {@code null} to keep the run's
     * @param action    the team's decision
     * @param mergeInto the theme it merges into ({@link Action#MERGE_INTO} only)
     * @param comment   the team's comment, or {@code null}
     */
    public record Row(long line, String themeId, String label, ThemeCategory category, Action action, String mergeInto,
                      String comment) {
        public Row {
            Checks.notBlank("themeId", themeId);
            label = Checks.optional(label);
            Checks.notNull("action", action);
            if ((action == Action.MERGE_INTO) != (mergeInto != null)) {
                throw InvalidInputException.field("mergeInto", mergeInto, "goes with the action merge-into only");
            }
            comment = Checks.optional(comment);
        }
    }

    /**
     * Reads a sheet: UTF-8 with or without a byte-order mark, Excel's quoting, columns in any order, matched
     * without regard to case; {@code theme_id} and {@code action} are required, every other column optional. A bad
     * action or category is an error naming the file, line, column and value.
     */
    public static ReviewSheet read(Path file) {
        CsvTable table = CsvTable.read(file, CsvFormat.defaults());
        int id = require(table, "theme_id");
        int action = require(table, "action");
        int label = column(table, "label");
        int category = column(table, "category");
        int comment = column(table, "comment");
        Set<String> known = new HashSet<>();
        ThemeCategory.DEFAULTS.forEach(c -> known.add(c.id()));
        List<Row> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow r : table.rows()) {
            if (r.fields().stream().allMatch(String::isBlank)) {
                continue; // a row a spreadsheet left with only delimiters
            }
            String themeId = r.text(id);
            if (themeId.isEmpty()) {
                throw bad(table, r, id, themeId, "must name a theme (the run wrote one in every row)");
            }
            Long first = seen.putIfAbsent(themeId, r.line());
            if (first != null) {
                throw bad(table, r, id, themeId, "names the same theme as line " + first);
            }
            String a = r.text(action).toLowerCase(Locale.ROOT);
            Action act;
            String into = null;
            if (a.isEmpty() || a.equals("keep")) {
                act = Action.KEEP;
            } else if (a.equals("drop")) {
                act = Action.DROP;
            } else if (a.equals("pin")) {
                act = Action.PIN;
            } else if (a.startsWith("merge-into:") && !a.substring("merge-into:".length()).isBlank()) {
                act = Action.MERGE_INTO;
                into = r.text(action).substring("merge-into:".length()).strip();
                if (into.equals(themeId)) {
                    throw bad(table, r, action, r.get(action), "merges a theme into itself");
                }
            } else {
                throw bad(table, r, action, r.get(action),
                        "is not an action: use keep, drop, pin or merge-into:<theme_id>");
            }
            ThemeCategory cat = null;
            if (category >= 0 && !r.isBlank(category)) {
                String c = r.text(category).toLowerCase(Locale.ROOT);
                if (!known.contains(c)) {
                    throw bad(table, r, category, r.get(category), "is not a category: use one of "
                            + String.join(", ", known.stream().sorted().toList()));
                }
                cat = ThemeCategory.of(c);
            }
            rows.add(new Row(r.line(), themeId, label < 0 ? null : r.text(label), cat, act, into,
                    comment < 0 ? null : r.text(comment)));
        }
        return new ReviewSheet(file.toString(), rows, id + 1, action + 1);
    }

    /** A column's index, its name matched without regard to case (a spreadsheet may capitalise it), or -1. */
    static int column(CsvTable table, String name) {
        for (int i = 0; i < table.header().size(); i++) {
            if (table.header().get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    static int require(CsvTable table, String name) {
        int i = column(table, name);
        if (i < 0) {
            throw table.headerError(name, null, "is a required column; the header has " + table.header());
        }
        return i;
    }

    /**
     * Applies the sheet to a run's themes, as curation steps signed {@code curator}'s: renames and new categories
     * first, then merges, drops and pins. A row naming a theme the run does not have, or merging into a theme
     * that is dropped or merged itself, is an error naming the file, line, column and value; nothing is applied.
     */
    public ThemeSet apply(ThemeSet fresh, ThemeCurator curator) {
        Map<String, Row> byId = new LinkedHashMap<>();
        for (Row r : rows) {
            if (fresh.theme(r.themeId()).isEmpty()) {
                throw new InvalidInputException(source, at(r, themeIdColumn), "theme_id", r.themeId(),
                        "names no theme of this run: was the sheet written for other notes, options or seed?");
            }
            byId.put(r.themeId(), r);
        }
        for (Row r : rows) {
            if (r.action() == Action.MERGE_INTO) {
                Row target = byId.get(r.mergeInto());
                if (fresh.theme(r.mergeInto()).isEmpty()) {
                    throw new InvalidInputException(source, at(r, actionColumn), "action", "merge-into:" + r.mergeInto(),
                            "names no theme of this run");
                }
                if (target != null && (target.action() == Action.DROP || target.action() == Action.MERGE_INTO)) {
                    throw new InvalidInputException(source, at(r, actionColumn), "action", "merge-into:" + r.mergeInto(),
                            "merges into a theme that line " + target.line() + " drops or merges away");
                }
            }
        }
        ThemeSet set = fresh;
        for (Row r : rows) {
            Theme t = set.theme(r.themeId()).orElseThrow();
            if (r.action() == Action.DROP || r.action() == Action.MERGE_INTO) {
                continue; // a theme that goes needs no new name
            }
            if (r.label() != null && !r.label().equals(t.label())) {
                set = curator.rename(set, t.id(), r.label());
            }
            if (r.category() != null && !r.category().equals(t.category())) {
                set = curator.recategorise(set, t.id(), r.category());
            }
        }
        for (Row r : rows) {
            if (r.action() == Action.MERGE_INTO) {
                set = curator.merge(set, r.mergeInto(), r.themeId(), null);
            }
        }
        for (Row r : rows) {
            if (r.action() == Action.DROP) {
                set = curator.drop(set, r.themeId());
            }
        }
        for (Row r : rows) {
            if (r.action() == Action.PIN && !set.theme(r.themeId()).orElseThrow().pinned()) {
                set = curator.pin(set, r.themeId(), true);
            }
        }
        return set;
    }

    /** The row for a theme, if the sheet has one. */
    public java.util.Optional<Row> row(String themeId) {
        return rows.stream().filter(r -> r.themeId().equals(themeId)).findFirst();
    }

    /**
     * The sheet for a run: one row per theme the themer found ({@code fresh}), showing the team's edits applied
     * ({@code review}, or none), with counts and an example from the public knowledge. A count about fewer than
     * {@code minParticipants} people reads "fewer than K", as everywhere a person reads.
     */
    public static String text(ThemeSet fresh, ThemeSet curated, PublicKnowledge knowledge, ReviewSheet review,
                              int minParticipants) {
        List<List<String>> out = new ArrayList<>();
        for (Theme t : fresh.themes()) {
            Row r = review == null ? null : review.row(t.id()).orElse(null);
            Theme now = curated.theme(t.id()).orElse(t);
            Theme measured = knowledge.themes().stream().filter(x -> x.id().equals(t.id())).findFirst().orElse(null);
            String action = r != null ? switch (r.action()) {
                case KEEP -> "keep";
                case DROP -> "drop";
                case PIN -> "pin";
                case MERGE_INTO -> "merge-into:" + r.mergeInto();
            } : now.pinned() ? "pin" : "keep";
            String label = r != null && r.label() != null ? r.label() : now.label();
            ThemeCategory category = r != null && r.category() != null ? r.category() : now.category();
            Theme counted = measured != null ? measured : t;
            int people = counted.breadth().participants();
            String example = measured == null || measured.quotes().isEmpty() ? "" : neutralised(measured.quotes().get(0));
            out.add(List.of(t.id(), "", label, category.id(), action, String.valueOf(counted.frequency()),
                    people == 0 ? "" : DisclosurePolicy.of(minParticipants).countLabel(people),
                    example, r == null || r.comment() == null ? "" : r.comment()));
        }
        // A byte-order mark so Excel reads UTF-8; CRLF line ends as spreadsheets write them.
        CsvFormat csv = CsvFormat.defaults();
        StringBuilder text = new StringBuilder("\uFEFF").append(csv.line(COLUMNS)).append("\r\n");
        out.forEach(row -> text.append(csv.line(row)).append("\r\n"));
        return text.toString();
    }

    /** A quote as a spreadsheet cell: a leading =, +, - or @ would make Excel run it as a formula. */
    private static String neutralised(Quote q) {
        String text = q.text();
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String at(Row r, int column) {
        return "line " + r.line() + ", column " + column;
    }

    /** An error about one cell, located by line and column as a person finds it in a spreadsheet. */
    static InvalidInputException bad(CsvTable table, CsvRow r, int column, String value, String problem) {
        return new InvalidInputException(table.source(), "line " + r.line() + ", column " + (column + 1),
                r.columnName(column), value, problem);
    }
}
