/**
 * Helpers shared by the built-in themers: deterministic parallel loops, small dense linear algebra, and tables
 * for counting and interning words without boxing.
 *
 * <p>Not API: may change without notice. The static helpers are safe from any thread; a table
 * ({@code LongIntMap}, {@code Words}) belongs to one thread at a time.
 */
package org.ltc.theming.internal;
