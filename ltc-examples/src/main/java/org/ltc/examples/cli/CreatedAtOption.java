package org.ltc.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.ltc.model.InvalidOptionsException;
import picocli.CommandLine.Option;

/**
 * {@code --created-at}: the time a command records in the provenance of what it writes (a picocli mixin, on
 * every command that writes provenance). Pinned, two identical runs write byte-identical files; by default the
 * time is now.
 */
final class CreatedAtOption {
    @Option(names = "--created-at", paramLabel = "INSTANT",
            description = "The time recorded in provenance (ISO-8601, e.g. 2026-01-01T00:00:00Z), so identical runs "
                    + "write byte-identical files (default: now).")
    String createdAt;

    /** A clock fixed at {@code --created-at}, or the system clock (UTC). */
    Clock clock() {
        if (createdAt == null) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(Instant.parse(createdAt), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidOptionsException("--created-at", createdAt,
                    "must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
