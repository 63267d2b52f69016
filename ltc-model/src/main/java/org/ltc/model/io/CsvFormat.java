package org.ltc.model.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.ltc.model.InvalidOptionsException;

/**
 * How a CSV file is read by {@link CsvReader}: the field delimiter, the character encoding and the limits
 * that stop a hostile file. The same limits guard every CSV the SDK reads (notes, ratings, cases,
 * evaluation input), so a file refused by one reader is refused by all.
 *
 * @param delimiter     the field delimiter (default {@code ,}); not a quote or a line break
 * @param encoding      the character encoding's canonical name (default {@code UTF-8}); a byte-order mark at
 *                      the start of a file overrides it
 * @param maxFieldChars the longest field read (default {@value CsvImportOptions#DEFAULT_MAX_FIELD_CHARS}); a
 *                      longer one rejects its row without being held in memory
 * @param maxColumns    the most fields a row may have (default {@value CsvImportOptions#DEFAULT_MAX_COLUMNS})
 * @param maxRows       the most data rows read (default no limit); more is an error
 */
public record CsvFormat(char delimiter, String encoding, int maxFieldChars, int maxColumns, long maxRows) {
    /** The encoding read when none is named. */
    public static final String DEFAULT_ENCODING = "UTF-8";

    private static final String P = "ltc.import.csv.";

    public CsvFormat {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new InvalidOptionsException(P + "delimiter", String.valueOf(delimiter),
                    "must not be a quote or a line break");
        }
        encoding = canonicalEncoding(P + "encoding", encoding);
        if (maxFieldChars < 1) {
            throw new InvalidOptionsException(P + "maxFieldChars", maxFieldChars, "must be positive");
        }
        if (maxColumns < 1) {
            throw new InvalidOptionsException(P + "maxColumns", maxColumns, "must be positive");
        }
        if (maxRows < 1) {
            throw new InvalidOptionsException(P + "maxRows", maxRows, "must be positive");
        }
    }

    private static final CsvFormat DEFAULTS = new CsvFormat(',', DEFAULT_ENCODING,
            CsvImportOptions.DEFAULT_MAX_FIELD_CHARS, CsvImportOptions.DEFAULT_MAX_COLUMNS, Long.MAX_VALUE);

    /** Comma-separated UTF-8 with the import's default limits. */
    public static CsvFormat defaults() {
        return DEFAULTS;
    }

    /**
     * One record in this format, without the line end: a field is quoted (a quote written {@code ""}) when it
     * holds the delimiter, a quote or a line break, so {@link CsvReader} reads back exactly these fields.
     */
    public String line(java.util.List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            String v = fields.get(i);
            if (v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }

    /** The same format read in another encoding ({@code null} for UTF-8). */
    public CsvFormat withEncoding(String newEncoding) {
        return new CsvFormat(delimiter, newEncoding, maxFieldChars, maxColumns, maxRows);
    }

    /** The same format with another delimiter. */
    public CsvFormat withDelimiter(char newDelimiter) {
        return new CsvFormat(newDelimiter, encoding, maxFieldChars, maxColumns, maxRows);
    }

    /** The encoding as a {@link Charset}. */
    public Charset charset() {
        return Charset.forName(encoding);
    }

    /** The canonical name of an encoding ({@code null} or blank: UTF-8), or an error naming {@code option}. */
    static String canonicalEncoding(String option, String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT_ENCODING;
        }
        try {
            return Charset.forName(name.strip()).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidOptionsException(option, name, "is not a character encoding this Java knows; "
                    + "use UTF-8, windows-1252, ISO-8859-1 or UTF-16 (with a byte-order mark)");
        }
    }
}
