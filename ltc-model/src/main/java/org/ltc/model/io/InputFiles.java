package org.ltc.model.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.ltc.model.InvalidInputException;

/**
 * The one checked way the SDK opens a file someone named: it must be a regular file (a FIFO would hang the
 * reader, {@code /dev/zero} would fill memory, a folder gives a raw Java exception) no larger than a limit,
 * and every problem is an {@link InvalidInputException} naming the file, never a raw {@code IOException}.
 *
 * <p>Every reader of a named file goes through here (JSON documents, CSV notes, Polis exports, name lists,
 * lexicons, models, codebooks, specs), so the rule and its message are stated once. Stateless and
 * thread-safe.
 */
public final class InputFiles {
    /** The largest file read by default: the JSON codec's document limit (512 MiB). */
    public static final long DEFAULT_MAX_BYTES = JsonLimits.defaults().maxDocumentBytes();
    /** The largest file read whole into a string by default (64 MiB): lists, lexicons, models and specs are small. */
    public static final long DEFAULT_MAX_TEXT_BYTES = 64L * 1024 * 1024;

    private InputFiles() {
    }

    /**
     * Checks that {@code file} names a readable regular file (a symbolic link to one is fine) and returns it.
     *
     * @throws InvalidInputException naming the file and what it is instead (missing, a folder, a FIFO or device)
     */
    public static Path requireRegularFile(Path file) {
        if (file == null || file.toString().isEmpty()) {
            throw new InvalidInputException(file == null ? null : "\"\"", null, null, null,
                    "is not a file name: an empty path names no file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, null, null, "is not a readable file: "
                    + whatIs(file));
        }
        if (!Files.isReadable(file)) {
            throw new InvalidInputException(file.toString(), null, null, null, "is not a readable file: permission denied");
        }
        return file;
    }

    /** {@link #open(Path, long)} with {@link #DEFAULT_MAX_BYTES}. */
    public static InputStream open(Path file) {
        return open(file, DEFAULT_MAX_BYTES);
    }

    /**
     * Opens a regular file of at most {@code maxBytes} bytes. The stream also stops at the limit, so a file
     * that grows while it is read cannot exhaust memory either.
     */
    public static InputStream open(Path file, long maxBytes) {
        requireRegularFile(file);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file, maxBytes);
            }
            return new Bounded(Files.newInputStream(file), file, maxBytes);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@link #readString(Path, long)} with {@link #DEFAULT_MAX_TEXT_BYTES}. */
    public static String readString(Path file) {
        return readString(file, DEFAULT_MAX_TEXT_BYTES);
    }

    /** A regular file of at most {@code maxBytes} bytes, decoded as UTF-8 (malformed bytes are an error). */
    public static String readString(Path file, long maxBytes) {
        try (InputStream in = open(file, maxBytes)) {
            byte[] bytes = in.readAllBytes();
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "is not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** What a path that is not a regular file is instead, in words, for messages. */
    static String whatIs(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "no such file";
        }
        if (!Files.exists(file)) {
            return "a broken symbolic link";
        }
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        return "it is a FIFO, socket or device, not a regular file";
    }

    private static InvalidInputException tooLarge(Path file, long maxBytes) {
        return new InvalidInputException(file.toString(), null, null, null,
                "is larger than the limit of " + maxBytes + " bytes");
    }

    /** Stops reading at the limit, with the same message as the size check. */
    private static final class Bounded extends FilterInputStream {
        private final Path file;
        private final long maxBytes;
        private long read;

        Bounded(InputStream in, Path file, long maxBytes) {
            super(in);
            this.file = file;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count(s);
            return s;
        }

        private void count(long n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge(file, maxBytes);
            }
        }
    }
}
