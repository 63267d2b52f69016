/**
 * Examples of embedding the LTC SDK, one small runnable class per kind of user.
 *
 * <p>Not API: examples to read and copy. Each example is thread-confined.
 */
package org.ltc.examples;
