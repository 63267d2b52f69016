/**
 * Built-in content: the conversation guide, the stage frameworks, the public-capital factors, each in a
 * resource file with its source, loadable and replaceable by a host.
 *
 * <p>Public API. {@link org.ltc.model.content.ContentLibrary} is immutable and thread-safe.
 */
package org.ltc.model.content;
