/**
 * An example on real data: the Bowling Green, Kentucky Polis conversation (2018, CC BY 4.0, in
 * {@code ../shared/data/polis-bowling-green}) imported, redacted, themed and turned into public knowledge
 * with each opinion group's votes on each theme.
 *
 * <p>Not API: an example to copy. Each run is confined to the calling thread.
 */
package org.ltc.examples.polis;
