package org.ltc.examples.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.Capacity;
import org.ltc.model.action.CapacityKind;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.io.LtcJson;

/**
 * A library's capacities from the file a team keeps them in: the library-capacities JSON document, or a
 * spreadsheet with the header {@code id,kind,name,tags} (kind: {@code space}, {@code programme}, {@code skill} or
 * {@code partner}; tags separated by {@code ;}; an optional {@code description} column). A spreadsheet carries no
 * public-capital ratings: the planner then counts every factor as unrated.
 */
public final class CapacitiesFile {
    private CapacitiesFile() {
    }

    /**
     * Reads capacities: JSON when the file starts with {@code {}, else CSV.
     *
     * @param file    the file
     * @param library the library's name for a spreadsheet (a JSON document names its own)
     */
    public static LibraryCapacities read(Path file, String library) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, null, null, "is not a readable file");
        }
        if (startsWithBrace(file)) {
            return LtcJson.defaults().read(file, LibraryCapacities.class);
        }
        CsvTable table = CsvTable.read(file, CsvFormat.defaults());
        int id = ReviewSheet.require(table, "id");
        int kind = ReviewSheet.require(table, "kind");
        int name = ReviewSheet.require(table, "name");
        int tags = ReviewSheet.require(table, "tags");
        int description = ReviewSheet.column(table, "description");
        List<Capacity> capacities = new ArrayList<>();
        for (CsvRow r : table.rows()) {
            if (r.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            CapacityKind k = kind(table, r, kind);
            List<String> tagList = Arrays.stream(r.get(tags).split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT).replace(' ', '-')).toList();
            try {
                capacities.add(new Capacity(r.text(id), k, r.text(name),
                        description < 0 ? null : r.text(description), tagList, null, null));
            } catch (InvalidInputException e) {
                int column = e.field() == null ? id : e.field().startsWith("tags") ? tags
                        : e.field().equals("name") ? name : id;
                throw ReviewSheet.bad(table, r, column, e.rejectedValue(), e.problem());
            }
        }
        try {
            return new LibraryCapacities(library, capacities, List.of(), List.of(file.getFileName().toString()));
        } catch (InvalidInputException e) {
            throw e.at(table.source(), null);
        }
    }

    private static CapacityKind kind(CsvTable table, CsvRow r, int column) {
        String v = r.text(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "space" -> CapacityKind.SPACE;
            case "programme", "program" -> CapacityKind.PROGRAMME;
            case "skill", "staff-skill", "staff skill" -> CapacityKind.STAFF_SKILL;
            case "partner" -> CapacityKind.PARTNER;
            default -> throw ReviewSheet.bad(table, r, column, r.get(column), "is not a kind: use space, programme, "
                    + "skill or partner");
        };
    }

    private static boolean startsWithBrace(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF);
            return c == '{';
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
