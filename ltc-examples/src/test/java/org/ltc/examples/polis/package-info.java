/** Tests that run the Bowling Green example on the real data. Not API; single-threaded tests. */
package org.ltc.examples.polis;
