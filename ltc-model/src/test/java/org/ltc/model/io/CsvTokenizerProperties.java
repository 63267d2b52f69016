package org.ltc.model.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any table written by the RFC 4180 rules reads back field for field, with the line each record starts on. */
class CsvTokenizerProperties {
    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab ,;\"\r\n\té").ofMaxLength(12);
        return Arbitraries.integers().between(1, 5).flatMap(width ->
                field.list().ofSize(width).list().ofMinSize(1).ofMaxSize(20));
    }

    @Property(tries = 500)
    boolean writtenTablesReadBack(@ForAll("tables") List<List<String>> table, @ForAll boolean crlf) {
        String eol = crlf ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder();
        List<Long> starts = new ArrayList<>();
        long line = 1;
        for (List<String> row : table) {
            starts.add(line);
            StringBuilder r = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String f = row.get(i);
                r.append(i == 0 ? "" : ",");
                // Quote always when the row is one empty field: an unquoted empty line is a blank line, skipped.
                boolean quote = f.matches("(?s).*[,\"\r\n].*") || f.isEmpty() && row.size() == 1;
                r.append(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
            }
            String text = r.toString();
            sb.append(text).append(eol);
            // Line breaks inside fields count as lines: \r\n once, a lone \r or \n once each.
            line += text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
        }
        CsvTokenizer csv = new CsvTokenizer(new StringReader(sb.toString()), ',', 1000, 100);
        for (int k = 0; k < table.size(); k++) {
            if (!csv.next() || csv.defect() != null || csv.recordLine() != starts.get(k)) {
                return false;
            }
            List<String> expected = table.get(k);
            if (csv.count() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                // Inside a quoted field a Windows line break is read as \n.
                if (!csv.field(i).equals(expected.get(i).replace("\r\n", "\n"))) {
                    return false;
                }
            }
        }
        return !csv.next();
    }
}
