/**
 * Tests of the clustering themers.
 *
 * <p>Not API: tests. Each test runs on one thread.
 */
package org.ltc.theming.cluster;
