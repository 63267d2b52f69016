package org.ltc.model.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A streaming RFC 4180 record reader with the guards an importer of untrusted spreadsheets needs.
 *
 * <p>Why our own and not Jackson's {@code CsvParser}: a lenient import must resynchronise after broken
 * quoting (an unclosed quote would otherwise swallow every later row), must stop buffering a hostile
 * 10 MB field as soon as it passes the limit while still finding where the field ends, and must report
 * the physical line on which each record starts. The reader holds one record at a time; memory does not
 * grow with the file.
 *
 * <p>Rules: fields are separated by the delimiter, records by {@code \n}, {@code \r\n} or {@code \r};
 * a field that starts with {@code "} is quoted, may hold delimiters and line breaks, and writes a quote
 * as {@code ""}; a quote inside an unquoted field is kept as a literal character (as spreadsheets do).
 * Blank lines are skipped. A leading UTF-8 byte-order mark is dropped.
 *
 * <p>Resynchronisation: when a quoted field breaks (a closing quote followed by something other than a
 * delimiter or line end, or a quote never closed), the record is reported broken and reading starts
 * again on the physical line after the one the record started on, so every later good row survives.
 *
 * <p>Not thread-safe: one reader per thread.
 */
final class CsvTokenizer implements Closeable {
    /** What is wrong with a record; {@code null} on a good record. */
    enum Defect {
        /** A quoted field that is closed badly or never closed. */
        BROKEN_QUOTING,
        /** A field longer than the limit (the record was read past it, the field not kept). */
        FIELD_TOO_LONG,
        /** More fields than the column limit. */
        TOO_MANY_FIELDS
    }

    private static final int EOF = -1;
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final char delimiter;
    private final int maxFieldChars;
    private final int maxFields;

    private final char[] buf = new char[BUFFER];
    private int pos;
    private int lim;
    /** Characters to read again after a resynchronisation, before the reader's. */
    private char[] replay;
    private int replayPos;
    private long line = 1;
    private boolean started;

    /** Raw characters after the record's first line break, kept so a broken record can be re-read. */
    private final StringBuilder capture = new StringBuilder();
    private boolean capturing;
    private boolean captureOverflow;
    private final int maxCaptureChars;

    private final StringBuilder field = new StringBuilder(256);
    private String[] fields = new String[16];
    private int count;
    private long recordLine;
    private Defect defect;
    private String problem;
    private int defectField;
    private String defectValue;
    private long defectLength;
    private long recordEndLine;
    private int replacementField = -1;

    CsvTokenizer(Reader in, char delimiter, int maxFieldChars, int maxFields) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxFieldChars = maxFieldChars;
        this.maxFields = maxFields;
        this.maxCaptureChars = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1L << 20, 4L * maxFieldChars));
    }

    /** The fields of the current record (valid up to {@link #count()}). */
    String field(int i) {
        return fields[i];
    }

    int count() {
        return count;
    }

    /** The physical line (1-based) the current record starts on. */
    long recordLine() {
        return recordLine;
    }

    /** The physical line (1-based) the current record ends on. */
    long recordEndLine() {
        return recordEndLine;
    }

    /**
     * The 0-based index of the first field of the current record holding U+FFFD (what {@link CsvDecoder} puts
     * for bytes it cannot decode), or -1.
     */
    int replacementField() {
        return replacementField;
    }

    /** The physical line the reader is on now (after the current record). */
    long line() {
        return line;
    }

    Defect defect() {
        return defect;
    }

    /** The 0-based index of the field the defect is in. */
    int defectField() {
        return defectField;
    }

    /** The start of the offending value, for messages (at most a few hundred characters). */
    String defectValue() {
        return defectValue;
    }

    /** The full length of an over-long field, in characters. */
    long defectLength() {
        return defectLength;
    }

    /**
     * Reads the next record.
     *
     * @return {@code false} at the end of the input
     */
    boolean next() {
        while (true) {
            int c = read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = read();
                }
            }
            if (c == EOF) {
                count = 0;
                return false;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                continue; // a blank line is no record
            }
            readRecord(c);
            return true;
        }
    }

    private void readRecord(int first) {
        count = 0;
        recordLine = line;
        defect = null;
        defectValue = null;
        defectLength = 0;
        replacementField = -1;
        capture.setLength(0);
        capturing = false;
        captureOverflow = false;
        int c = first;
        while (true) {
            field.setLength(0);
            boolean tooLong = false;
            long length = 0;
            if (c == '"') {
                // Quoted field: read to the closing quote.
                while (true) {
                    c = read();
                    if (c == EOF) {
                        broken("a quoted field is never closed (a \" is missing)");
                        return;
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            c = '"';
                        } else if (d == delimiter || d == '\n' || d == '\r' || d == EOF) {
                            c = d;
                            break;
                        } else {
                            broken("a closing quote is followed by '" + (char) d
                                    + "' instead of the delimiter or the end of the line");
                            return;
                        }
                    } else if (c == '\n' || c == '\r') {
                        c = lineBreakInField(c);
                    }
                    length++;
                    if (c == '\uFFFD' && replacementField < 0) {
                        replacementField = count;
                    }
                    if (length <= maxFieldChars) {
                        field.append((char) c);
                    } else if (capturing) {
                        // Past the limit and across lines: almost surely a quote never closed. Calling it
                        // broken now keeps the re-read small and saves the rows it swallowed.
                        broken("a quoted field runs across lines past the limit of " + maxFieldChars
                                + " characters (a closing \" is probably missing)");
                        return;
                    } else {
                        tooLong = true;
                    }
                }
            } else {
                while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
                    if (c == '\uFFFD' && replacementField < 0) {
                        replacementField = count;
                    }
                    length++;
                    if (length <= maxFieldChars) {
                        field.append((char) c);
                    } else {
                        tooLong = true;
                    }
                    c = read();
                }
            }
            if (tooLong && defect == null) {
                defect = Defect.FIELD_TOO_LONG;
                defectField = count;
                defectValue = field.substring(0, Math.min(field.length(), 200));
                defectLength = length;
            }
            addField(tooLong ? "" : field.toString());
            if (c == delimiter) {
                c = read();
                continue;
            }
            recordEndLine = line;
            if (c == '\n' || c == '\r') {
                endOfLine(c);
            }
            capturing = false;
            return;
        }
    }

    private void addField(String value) {
        if (count == maxFields) {
            if (defect == null) {
                defect = Defect.TOO_MANY_FIELDS;
                defectField = count;
                defectValue = value;
            }
            return;
        }
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[count++] = value;
    }

    /** A line break inside a quoted field: count it and start keeping raw text for a possible re-read. */
    private int lineBreakInField(int c) {
        int kept = c;
        if (c == '\r' && peek() == '\n') {
            read();
            kept = '\n'; // a Windows line break inside a field is kept as one \n
        }
        line++;
        // What follows the record's first line break is the next physical line: keep it for a re-read.
        capturing = true;
        return kept;
    }

    /** The record's quoting is broken: report it and arrange to read again from the line after its start. */
    private void broken(String problem) {
        defect = Defect.BROKEN_QUOTING;
        defectField = count;
        defectValue = field.substring(0, Math.min(field.length(), 200));
        defectLength = 0;
        field.setLength(0);
        this.problem = problem;
        boolean resync = capturing && !captureOverflow;
        capturing = false;
        if (resync) {
            // Re-read everything after the record's first line: those lines may be good rows.
            char[] again = new char[capture.length() + (replay == null ? 0 : replay.length - replayPos)];
            capture.getChars(0, capture.length(), again, 0);
            if (replay != null) {
                System.arraycopy(replay, replayPos, again, capture.length(), replay.length - replayPos);
            }
            replay = again.length == 0 ? null : again;
            replayPos = 0;
            line = recordLine + 1;
            recordEndLine = recordLine;
        } else {
            skipRestOfLine();
        }
        capture.setLength(0);
    }

    private void skipRestOfLine() {
        int c = read();
        while (c != '\n' && c != '\r' && c != EOF) {
            c = read();
        }
        recordEndLine = line;
        if (c != EOF) {
            endOfLine(c);
        }
    }

    /** Why the quoting is broken, when {@link #defect()} is {@link Defect#BROKEN_QUOTING}. */
    String quotingProblem() {
        return problem;
    }

    private void endOfLine(int c) {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() {
        int c;
        if (replay != null) {
            c = replay[replayPos++];
            if (replayPos == replay.length) {
                replay = null;
            }
        } else {
            if (pos == lim && !fill()) {
                return EOF;
            }
            c = buf[pos++];
        }
        if (capturing) {
            keep(c);
        }
        return c;
    }

    private void keep(int c) {
        if (capture.length() < maxCaptureChars) {
            capture.append((char) c);
        } else {
            captureOverflow = true;
        }
    }

    private int peek() {
        if (replay != null) {
            return replay[replayPos];
        }
        if (pos == lim && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    private boolean fill() {
        try {
            int n = in.read(buf, 0, buf.length);
            while (n == 0) {
                n = in.read(buf, 0, buf.length);
            }
            if (n < 0) {
                pos = lim = 0;
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
