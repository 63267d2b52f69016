/**
 * Small helpers shared by the calibration packages (CSV parsing, numeric routines).
 *
 * <p>Not API: may change without notice. Stateless static methods; thread-safe.
 */
package org.ltc.calibration.internal;
