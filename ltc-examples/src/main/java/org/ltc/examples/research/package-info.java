/**
 * An example for researchers: a calibration experiment run from a spec file, on communities simulated from
 * a known generating model, with the model's Bayes rate as the ceiling to compare against.
 *
 * <p>Not API: an example to copy. Each run is confined to the calling thread.
 */
package org.ltc.examples.research;
