package org.ltc.examples.cli;

import java.nio.file.Path;
import java.util.Map;
import org.ltc.model.privacy.RedactionOptions;
import picocli.CommandLine.Option;

/**
 * {@code --redact-names} and {@code --no-redact}: what personal data a command removes from the notes (a picocli
 * mixin, one for {@code ltc import}, {@code ltc theme} and {@code ltc run}, so the flags mean the same everywhere).
 */
final class RedactionChoice {
    @Option(names = "--redact-names", paramLabel = "FILE",
            description = "A UTF-8 file of names to remove from the notes, one per line.")
    Path names;

    @Option(names = "--no-redact", description = "Do not remove personal data (only for text already redacted "
            + "or public statements); the set is recorded as public text.")
    boolean off;

    /**
     * The redaction to apply: the {@code ltc.privacy.*} properties (every key checked, so a misspelt one fails
     * even with {@code --no-redact}) with the names file, or {@code null} with {@code --no-redact}.
     */
    RedactionOptions options(Map<String, String> properties) {
        RedactionOptions fromProperties = RedactionOptions.bind(properties);
        if (off) {
            return null;
        }
        return names == null ? fromProperties : fromProperties.toBuilder().namesFile(names).build();
    }
}
