/**
 * Theming API and SPI: the {@link org.ltc.theming.Themer} extension point, the
 * {@link org.ltc.theming.ThemingRequest} it answers, host-supplied {@link org.ltc.theming.NoteEmbeddings},
 * and {@link org.ltc.theming.Themers} for discovery.
 *
 * <p>Public API and SPI. Requests and registries are immutable; themers must be immutable and thread-safe.
 */
package org.ltc.theming;
