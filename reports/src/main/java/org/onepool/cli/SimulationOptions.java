package org.onepool.cli;

import org.onepool.model.scenario.Scenario;
import picocli.CommandLine;

/** Options every simulating command takes: the master seed, threads, and whether to show progress. */
final class SimulationOptions {
    @CommandLine.Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's).")
    Long seed;

    @CommandLine.Option(names = "--threads", paramLabel = "T", description = "Threads, 1 to 1024 (default: all cores).")
    Integer threads;

    @CommandLine.Option(names = "--quiet", description = "No progress bar; only the final summary lines.")
    boolean quiet;

    long seed(Scenario scenario) {
        return seed != null ? seed : scenario.appraisal().seed();
    }

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    void check(SimulatingCommand<?> command) {
        command.inRange("--threads", threads, 1, 1024);
    }
}
