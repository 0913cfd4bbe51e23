package org.onepool.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.onepool.model.finance.GdpDeflator;
import org.onepool.model.scenario.PriceIndex;
import org.onepool.model.scenario.Scenario;
import picocli.CommandLine;

/** Options every simulating command takes: the master seed, threads, progress, and the GDP deflator to use. */
final class SimulationOptions {
    @CommandLine.Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's).")
    Long seed;

    @CommandLine.Option(names = "--threads", paramLabel = "T", description = "Threads, 1 to 1024 (default: all cores).")
    Integer threads;

    @CommandLine.Option(names = "--quiet", description = "No progress bar; only the final summary lines.")
    boolean quiet;

    @CommandLine.Option(names = "--gdp-deflator", paramLabel = "FILE", description = "A newer GDP "
            + "deflator series by financial year, e.g. a later ONS or HM Treasury release (the bundled file's format: '# source:', '# vintage:', '# base:' lines, then "
            + "financialYear,index rows) to rebase money inputs stated in other price years.")
    Path gdpDeflator;

    /** The deflator to rebase price years with: the file given, else the bundled series. */
    PriceIndex prices() throws IOException {
        return gdpDeflator == null ? GdpDeflator.bundled() : GdpDeflator.load(gdpDeflator);
    }

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
