/**
 * Tests of the themers' shared internal helpers.
 *
 * <p>Not API: tests. Each test runs on one thread.
 */
package org.ltc.theming.internal;
