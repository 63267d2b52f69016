/**
 * An example of a third-party themer plug-in, found through {@link java.util.ServiceLoader}: what a tool
 * builder writes to add a theming algorithm.
 *
 * <p>Not API: an example to copy. The themer is immutable and thread-safe, as the SPI requires.
 */
package org.ltc.examples.plugin;
