package org.ltc.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltc.model.InvalidInputException;
import org.ltc.model.provenance.Hashing;

/**
 * The one CSV reader of the SDK: a header row, then data rows one at a time, each with the physical line it
 * starts on. Notes, ratings, labelled cases and evaluation input are all read through it, so they share one
 * dialect (RFC 4180 with the spreadsheet habits {@link CsvTokenizer} documents), one set of limits
 * ({@link CsvFormat}) and one way of reporting a problem.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(Path.of("ratings.csv"), CsvFormat.defaults())) {
 *     int score = csv.requireColumn("score", "score column");
 *     for (CsvRow row = csv.next(); row != null; row = csv.next()) {
 *         double value = row.requireIntact().number(score);   // errors name file, line, column, value
 *     }
 * }
 * }</pre>
 *
 * <p>A damaged row does not stop the reader: {@link #next()} returns it with its {@link CsvRow#defect()} set
 * (broken quoting, a field over the limit, more fields than the limit, fewer fields than the header, a
 * non-blank field beyond the header, bytes that are not text in the file's encoding — reported at their own
 * line and column), so a lenient caller can list it and keep every later row, and a strict caller throws.
 * A damaged header row, an empty file and more rows than {@link CsvFormat#maxRows()} always throw. Memory
 * holds one row, never the file; {@link CsvTable} reads a small file whole.
 *
 * <p>Not thread-safe: one reader per thread. Close it when done.
 */
public final class CsvReader implements AutoCloseable {
    private static final String CSV_LIMITS = "ltc.import.csv.";
    private final String source;
    private final CsvFormat format;
    /** Where the limits are set, named in messages ({@code ltc.import.csv.} or the Polis import's). */
    private final String limits;
    private final CsvDecoder decoder;
    private final CsvTokenizer csv;
    private final MessageDigest digest;
    private final List<String> header;
    private final Map<String, List<Integer>> index = new HashMap<>();
    private final long headerLine;
    private long rows;
    private boolean done;
    private String sha256;

    private CsvReader(InputStream in, Reader text, String source, CsvFormat format, String limits) {
        this.source = source;
        this.format = format;
        this.limits = limits;
        Reader reader;
        if (in != null) {
            this.digest = Hashing.digest();
            this.decoder = new CsvDecoder(new DigestInputStream(in, digest), source, format.charset());
            reader = decoder;
        } else {
            this.digest = null;
            this.decoder = null;
            reader = text;
        }
        this.csv = new CsvTokenizer(reader, format.delimiter(), format.maxFieldChars(), format.maxColumns());
        try {
            if (!advance()) {
                throw new InvalidInputException(source, "line 1", null, null, "is empty: a header row is required");
            }
            headerLine = csv.recordLine();
            ImportProblem bad = badBytes(List.of());
            if (bad != null) {
                throw bad.toException();
            }
            if (csv.defect() != null) {
                throw new InvalidInputException(source, "line " + csv.recordLine(), null, null,
                        "has a damaged header row (" + defectMessage() + ")");
            }
            List<String> names = new ArrayList<>(csv.count());
            for (int i = 0; i < csv.count(); i++) {
                String name = csv.field(i).strip();
                names.add(name);
                index.computeIfAbsent(name, k -> new ArrayList<>(1)).add(i);
            }
            header = List.copyOf(names);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /**
     * Opens a file and reads its header row.
     *
     * @throws InvalidInputException when the file is missing, not a regular file, unreadable, empty or its
     *                               header row is damaged
     */
    public static CsvReader open(Path file, CsvFormat format) {
        // The one checked open (regular file, size limit): a FIFO or /dev/zero is refused, never read.
        return new CsvReader(InputFiles.open(file), null, file.toString(), format, CSV_LIMITS);
    }

    /**
     * Reads CSV bytes and their header row; the reader closes {@code in}.
     *
     * @param source a name for messages (the file name)
     */
    public static CsvReader open(InputStream in, String source, CsvFormat format) {
        return new CsvReader(in, null, source, format, CSV_LIMITS);
    }

    /** As {@link #open(InputStream, String, CsvFormat)}, naming the limits in messages under {@code limits}. */
    static CsvReader open(InputStream in, String source, CsvFormat format, String limits) {
        return new CsvReader(in, null, source, format, limits);
    }

    /** Reads CSV text (already decoded) and its header row; {@code source} names it in messages. */
    public static CsvReader parse(String source, String text, CsvFormat format) {
        return new CsvReader(null, new StringReader(text), source, format, CSV_LIMITS);
    }

    public String source() {
        return source;
    }

    public CsvFormat format() {
        return format;
    }

    /** The header row's names, stripped of surrounding white space. */
    public List<String> header() {
        return header;
    }

    /** The physical line the header row is on (1 unless blank lines come first). */
    public long headerLine() {
        return headerLine;
    }

    /**
     * The index of the column headed {@code name}, or -1 when there is none.
     *
     * @throws InvalidInputException when two columns have that name (which one was meant is unknown)
     */
    public int column(String name) {
        List<Integer> at = index.get(name);
        if (at == null) {
            return -1;
        }
        if (at.size() > 1) {
            throw new InvalidInputException(source, "line " + headerLine, name, null, "heads " + at.size()
                    + " columns (" + at.stream().map(i -> Integer.toString(i + 1)).toList()
                    + "); rename all but one in the header row");
        }
        return at.get(0);
    }

    /**
     * The index of the column headed {@code name}.
     *
     * @param what what names the column, for the message (an option such as {@code --text-column})
     * @throws InvalidInputException naming the columns there are when none is headed {@code name}
     */
    public int requireColumn(String name, String what) {
        int at = column(name);
        if (at < 0) {
            throw new InvalidInputException(source, "line " + headerLine, what, name,
                    "is not a column of the header row; the columns are "
                            + header.subList(0, Math.min(header.size(), 20)) + (header.size() > 20 ? "..." : ""));
        }
        return at;
    }

    /**
     * The next data row, or {@code null} at the end of the file. A damaged row is returned with its
     * {@link CsvRow#defect()} set.
     *
     * @throws InvalidInputException when the file holds more than {@link CsvFormat#maxRows()} data rows, or
     *                               cannot be read
     */
    public CsvRow next() {
        if (done) {
            return null;
        }
        if (!advance()) {
            done = true;
            if (digest != null) {
                sha256 = Hashing.hex(digest.digest());
            }
            return null;
        }
        rows++;
        if (rows > format.maxRows()) {
            throw new InvalidInputException(source, "line " + csv.recordLine(), null, null,
                    "has more than " + format.maxRows() + " data rows (the limit " + limits + "maxRows)");
        }
        List<String> fields = new ArrayList<>(csv.count());
        for (int i = 0; i < csv.count(); i++) {
            fields.add(csv.field(i));
        }
        return new CsvRow(source, csv.recordLine(), header, fields, defect(fields));
    }

    /** Data rows read so far. */
    public long rowsRead() {
        return rows;
    }

    /** The SHA-256 of the bytes read, once {@link #next()} has returned {@code null}; else {@code null}. */
    public String sha256() {
        return sha256;
    }

    private ImportProblem defect(List<String> fields) {
        ImportProblem bad = badBytes(fields);
        if (bad != null) {
            return bad;
        }
        long line = csv.recordLine();
        if (csv.defect() != null) {
            return new ImportProblem(source, line, columnName(csv.defectField()), csv.defectValue(), defectMessage());
        }
        int n = fields.size();
        if (n < header.size()) {
            return new ImportProblem(source, line, header.get(n), null,
                    "is missing: the row has " + n + " fields, the header has " + header.size());
        }
        for (int i = header.size(); i < n; i++) {
            if (!fields.get(i).isBlank()) {
                return new ImportProblem(source, line, "column " + (i + 1), fields.get(i),
                        "is beyond the header: the row has " + n + " fields, the header has " + header.size());
            }
        }
        return null;
    }

    /** The first undecodable byte sequence in the current record, as a problem at its own line and column. */
    private ImportProblem badBytes(List<String> fields) {
        if (decoder == null) {
            return null;
        }
        CsvDecoder.BadBytes bad = decoder.takeFirstIn(csv.recordLine(), csv.recordEndLine());
        if (bad == null) {
            return null;
        }
        int f = csv.replacementField();
        String field = f < 0 ? null : header == null ? "column " + (f + 1) : columnName(f);
        String encoding = decoder.charset().name();
        String hint = encoding.equals("UTF-8")
                ? "save the file as \"CSV UTF-8\" in the spreadsheet, or name the encoding it was saved in "
                + "(windows-1252 for a plain \"CSV\" saved by Excel on Windows)"
                : "name the encoding the file was saved in, or save it as \"CSV UTF-8\"";
        return new ImportProblem(source, csv.recordLine(), field, null, "is not valid " + encoding + " text: bytes "
                + bad.bytes() + " at column " + bad.column() + " of line " + bad.line() + "; " + hint);
    }

    private String columnName(int i) {
        return header != null && i < header.size() ? header.get(i) : "column " + (i + 1);
    }

    private String defectMessage() {
        return switch (csv.defect()) {
            case BROKEN_QUOTING -> "broken quoting: " + csv.quotingProblem();
            case FIELD_TOO_LONG -> "is " + csv.defectLength() + " characters long, more than the limit of "
                    + format.maxFieldChars() + " (" + limits + "maxFieldChars)";
            case TOO_MANY_FIELDS -> "the row has more than " + format.maxColumns()
                    + " fields (" + limits + "maxColumns)";
        };
    }

    private boolean advance() {
        try {
            return csv.next();
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(source, "line " + csv.line(), null, null,
                    "cannot be read: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            csv.close();
        } catch (IOException ignored) {
            // Already failing with a clearer error; a failed close adds nothing to it.
        }
    }
}
