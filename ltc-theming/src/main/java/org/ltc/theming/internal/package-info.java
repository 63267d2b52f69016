/**
 * Helpers shared by the built-in themers: deterministic parallel loops and small dense linear algebra.
 *
 * <p>Not API: may change without notice. Stateless static helpers, safe from any thread.
 */
package org.ltc.theming.internal;
