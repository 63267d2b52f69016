/** Tests that run the host-embedding example. Not API; single-threaded tests. */
package org.ltc.examples.host;
