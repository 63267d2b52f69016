/** Tests that run the researcher's example study. Not API; single-threaded tests. */
package org.ltc.examples.research;
