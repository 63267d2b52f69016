package org.ltc.model.io;

import org.ltc.model.InvalidOptionsException;

/**
 * Limits that stop a hostile or broken JSON document before it exhausts memory: total size, nesting
 * depth and the length of one string.
 *
 * @param maxDocumentBytes the largest document read, in bytes (default 512 MiB)
 * @param maxNestingDepth  the deepest nesting of arrays and objects (default 64: the model nests far less)
 * @param maxStringChars   the longest string value (default 1,000,000 characters)
 */
public record JsonLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringChars) {
    public JsonLimits {
        if (maxDocumentBytes < 1) {
            throw new InvalidOptionsException("ltc.json.maxDocumentBytes", maxDocumentBytes, "must be positive");
        }
        if (maxNestingDepth < 8) {
            throw new InvalidOptionsException("ltc.json.maxNestingDepth", maxNestingDepth, "must be at least 8");
        }
        if (maxStringChars < 1) {
            throw new InvalidOptionsException("ltc.json.maxStringChars", maxStringChars, "must be positive");
        }
    }

    public static JsonLimits defaults() {
        return new JsonLimits(512L * 1024 * 1024, 64, 1_000_000);
    }
}
