/**
 * Tests of plug-ins from a plug-in author's side: the example themer and a third-party themer compiled only
 * in these test sources, both run through the published themer contract and found by ServiceLoader.
 *
 * <p>Not API: tests. Each test runs on one thread.
 */
package org.ltc.examples.plugin;
