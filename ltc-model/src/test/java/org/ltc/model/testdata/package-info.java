/**
 * Test fixtures built from the real data in {@code shared/data}. Not API; used by tests only.
 */
package org.ltc.model.testdata;
