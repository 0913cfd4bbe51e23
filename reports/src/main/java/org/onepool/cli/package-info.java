/**
 * The {@code onepool} command line (picocli): one command class per sub-command, the steps every command
 * that simulates shares ({@link org.onepool.cli.SimulatingCommand}: flags, load, check, output folder,
 * run, write, summary), named exit codes, problems printed with their field paths, progress on the
 * command's error stream. User mistakes are exit code 2 with a message and nothing written; an output
 * folder that cannot be written is 3; only a fault in onepool is 1.
 *
 * <p>The top of the tree: may import every model package and {@code org.onepool.reports}; nothing imports
 * it.
 */
package org.onepool.cli;
