/**
 * The root of the LTC SDK: the exception hierarchy every module throws ({@link org.ltc.model.LtcException}
 * and its two families) and {@link org.ltc.model.Checks}, the argument checks record constructors use.
 *
 * <p>Public API. Everything here is immutable or stateless and safe to use from any thread.
 */
package org.ltc.model;
