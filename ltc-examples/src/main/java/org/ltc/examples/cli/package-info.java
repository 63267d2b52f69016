/**
 * The {@code ltc} command-line tool (picocli): one style for every command — {@code --help} with examples,
 * {@code --json} for machine output, progress on long work, exit codes 0 / 1 / 2.
 *
 * <p>Not API: the tool's behaviour (arguments, output, exit codes) is the contract, not these classes.
 * Each command instance serves one invocation on one thread.
 */
package org.ltc.examples.cli;
