/**
 * The community report document: public knowledge, stage assessment and action plan together, as the
 * {@code ltc} tool writes and renders it.
 *
 * <p>Public API. Records are immutable, validate in their constructors and are thread-safe.
 */
package org.ltc.model.report;
