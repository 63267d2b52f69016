package org.ltc.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import org.ltc.model.InvalidInputException;

/**
 * Decodes the bytes of a CSV file into characters, remembering where every undecodable byte sequence was.
 *
 * <p>Why not {@code InputStreamReader}: on a bad byte it throws for the whole chunk it was decoding, so the
 * reader above knows only where that chunk began (line 1330 for a bad byte on line 2001) and every row after it
 * is lost. Here a bad sequence becomes U+FFFD and its physical line and column (1-based, in characters) are
 * queued; {@link CsvReader} rejects the row that holds it, so a lenient import keeps every other row.
 *
 * <p>The encoding is the caller's unless the file starts with a byte-order mark, which is unambiguous: a
 * UTF-8 mark is dropped, a UTF-16 mark (little- or big-endian) switches to UTF-16. UTF-16 without a mark is
 * refused rather than guessed, and so is a file that claims UTF-8 but holds NUL bytes at its start (UTF-16
 * saved without a mark, which would otherwise read as text full of NULs).
 *
 * <p>Not thread-safe.
 */
final class CsvDecoder extends Reader {
    /** An undecodable byte sequence: its line, its column in characters and the bytes in hex. */
    record BadBytes(long line, long column, String bytes) {
    }

    private static final int BYTES = 1 << 14;

    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTES);
    private final CharBuffer chars = CharBuffer.allocate(BYTES);
    private boolean eof;
    private boolean flushed;
    private final ArrayDeque<BadBytes> bad = new ArrayDeque<>();
    private long line = 1;
    private long column;
    private boolean lastCr;
    private int scanned;

    /**
     * @param in       the bytes; closed with this reader
     * @param source   the file, for messages
     * @param encoding the encoding the file is in unless its byte-order mark says otherwise
     */
    CsvDecoder(InputStream in, String source, Charset encoding) {
        this.in = in;
        this.source = source;
        bytes.flip(); // empty, in read mode
        fillBytes();
        this.decoder = sniff(encoding).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        chars.flip(); // empty, ready to be read
    }

    /** The encoding the bytes are read in (after any byte-order mark). */
    Charset charset() {
        return decoder.charset();
    }

    private Charset sniff(Charset declared) {
        int n = bytes.remaining();
        int b0 = n > 0 ? bytes.get(0) & 0xFF : -1;
        int b1 = n > 1 ? bytes.get(1) & 0xFF : -1;
        int b2 = n > 2 ? bytes.get(2) & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            bytes.position(3);
            return StandardCharsets.UTF_8;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            bytes.position(2);
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            bytes.position(2);
            return StandardCharsets.UTF_16BE;
        }
        String name = declared.name().toUpperCase(Locale.ROOT);
        if (name.startsWith("UTF-16") || name.startsWith("UTF_16")) {
            if (name.equals("UTF-16")) {
                throw new InvalidInputException(source, "line 1", null, null, "has no byte-order mark, so whether "
                        + "its UTF-16 is little- or big-endian is unknown; save it with a byte-order mark (\"Unicode "
                        + "Text\") or as \"CSV UTF-8\"");
            }
            return declared;
        }
        for (int i = 0; i < Math.min(n, 64); i++) {
            if (bytes.get(i) == 0) {
                throw new InvalidInputException(source, "line 1", null, null, "holds NUL bytes: it looks like "
                        + "UTF-16 saved without a byte-order mark; save it as \"CSV UTF-8\" (or UTF-16 with a "
                        + "byte-order mark)");
            }
        }
        return declared;
    }

    /**
     * The first undecodable sequence on lines {@code from..to}, or {@code null}; every queued sequence up to
     * line {@code to} is dropped (the rows holding them have been read).
     */
    BadBytes takeFirstIn(long from, long to) {
        BadBytes first = null;
        while (!bad.isEmpty() && bad.peekFirst().line() <= to) {
            BadBytes b = bad.pollFirst();
            if (first == null && b.line() >= from) {
                first = b;
            }
        }
        return first;
    }

    @Override
    public int read(char[] dst, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(dst, off, n);
        return n;
    }

    /** Decodes the next characters into {@link #chars}; {@code false} at the end of the input. */
    private boolean decodeMore() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        scanned = 0;
        while (true) {
            CoderResult r = decoder.decode(bytes, chars, eof);
            track();
            if (r.isError()) {
                if (!chars.hasRemaining()) {
                    break; // no room for the replacement: hand out what we have, meet the error again next time
                }
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < r.length(); i++) {
                    if (i > 0) {
                        hex.append(' ');
                    }
                    hex.append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
                }
                bad.addLast(new BadBytes(line, column + 1, hex.toString()));
                bytes.position(bytes.position() + r.length());
                chars.put('\uFFFD');
                track();
                continue;
            }
            if (r.isOverflow()) {
                break;
            }
            // Underflow: more bytes are needed.
            if (eof) {
                CoderResult f = decoder.flush(chars);
                track();
                if (f.isOverflow()) {
                    break;
                }
                flushed = true;
                break;
            }
            if (chars.position() > 0) {
                break; // hand out what is decoded before reading more
            }
            fillBytes();
        }
        chars.flip();
        return chars.hasRemaining() || !flushed;
    }

    /** Reads more bytes behind those not yet decoded; sets {@link #eof} at the end. */
    private void fillBytes() {
        // bytes is in read mode: move what is left to the front and read behind it.
        bytes.compact();
        try {
            while (bytes.hasRemaining()) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                    break;
                }
                bytes.position(bytes.position() + n);
                if (n > 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(source, null, null, null, "cannot be read: " + e.getMessage(), e);
        } finally {
            bytes.flip();
        }
    }

    /** Counts lines and columns over the characters decoded since the last call. */
    private void track() {
        int end = chars.position();
        char[] a = chars.array();
        for (int i = scanned; i < end; i++) {
            char c = a[i];
            if (c == '\n') {
                if (!lastCr) {
                    line++;
                }
                column = 0;
                lastCr = false;
            } else if (c == '\r') {
                line++;
                column = 0;
                lastCr = true;
            } else {
                column++;
                lastCr = false;
            }
        }
        scanned = end;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
