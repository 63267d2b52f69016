/**
 * Reading and writing the model: the versioned JSON codec, JSON Schema export, streaming CSV import of
 * notes with column mapping, and import of Polis open-data exports.
 *
 * <p>Public API. Codecs and readers are immutable and thread-safe; each read or stream they return is
 * for one thread.
 */
package org.ltc.model.io;
