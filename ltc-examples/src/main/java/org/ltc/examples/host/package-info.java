/**
 * An example of embedding the SDK in a host: an ILS-style service that stores a library's conversations as
 * JSON documents and asks the SDK for themes and a stage. What a developer of a library or content system
 * writes.
 *
 * <p>Not API: an example to copy. Thread-safe: {@link org.ltc.examples.host.EngagementService} may serve many threads;
 * it keeps no mutable state beyond the files it writes atomically.
 */
package org.ltc.examples.host;
