/**
 * Provenance: where every derived result came from (algorithm, options, seed, input hash, versions,
 * time), later changes made to it, and what privacy redaction removed.
 *
 * <p>Public API. Records are immutable and thread-safe.
 */
package org.ltc.model.provenance;
