/**
 * What every plug-in kind shares: the {@link org.ltc.model.plugin.Plugin} shape (id and version), the
 * {@link org.ltc.model.plugin.PluginRegistry} (ServiceLoader discovery over a host's class loader, or
 * registration by hand), progress listeners, cancellation, and parsing of {@code ltc.*} option properties.
 * The themer and calibrator SPIs build on these.
 *
 * <p>Public API and SPI. Registries are immutable and thread-safe; {@link org.ltc.model.plugin.Cancellation.Source}
 * may be fired from any thread.
 */
package org.ltc.model.plugin;
