package org.ltc.model.provenance;

import com.fasterxml.jackson.annotation.JsonIgnoreType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one canonical digest of a document for provenance: SHA-256 of the document's data as compact JSON
 * (fields in declaration order, nulls left out, no envelope), streamed into the digest so a large set needs no
 * big string. Equal documents have equal digests wherever they are cited (a theme set, public knowledge and a
 * stage assessment of the same conversation set all record the same {@code inputSha256}).
 *
 * <p>Data only: a document's {@link Provenance} (at any depth) is left out, since it says how and when the
 * document was made (its {@code createdAt}, timings), not what it holds; two identical runs over the same input
 * then cite identical digests, with or without {@code --created-at}.
 *
 * <p>Thread-safe; the writer is built once and shared.
 */
public final class Digest {
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addMixIn(Provenance.class, NotData.class)
            .build()
            .writer();

    private Digest() {
    }

    /** Marks {@link Provenance} as metadata, not data: every property of that type is left out of the digest. */
    @JsonIgnoreType
    private abstract static class NotData {
    }

    /** SHA-256 (64 lower-case hex digits) of {@code document}'s data as compact JSON. */
    public static String of(Object document) {
        MessageDigest digest = Hashing.digest();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            WRITER.writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a null stream does not fail
        }
        return Hashing.hex(digest.digest());
    }
}
