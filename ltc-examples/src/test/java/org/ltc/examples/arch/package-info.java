/** Architecture rules as tests. Not API. Tests run on one thread. */
package org.ltc.examples.arch;
