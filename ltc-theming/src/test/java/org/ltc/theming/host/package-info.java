/**
 * Tests of the library as a host uses it outside this build: a separate JVM with a class path a host would have.
 *
 * <p>Not API: tests. Each test runs on one thread.
 */
package org.ltc.theming.host;
