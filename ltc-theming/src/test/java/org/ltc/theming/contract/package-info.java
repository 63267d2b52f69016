/**
 * The themer contract kit: {@link org.ltc.theming.contract.ThemerContract}, the shared SPI contract test every
 * themer must pass, and {@link org.ltc.theming.contract.ContractFixtures}, the small town it themes.
 *
 * <p>Public API of the {@code ltc-theming} test jar (type {@code test-jar}, scope {@code test}): a plug-in
 * author implements the interface {@code ThemerContract} with their themer. Fixtures are immutable and thread-safe; each test
 * instance is used by one thread.
 */
package org.ltc.theming.contract;
