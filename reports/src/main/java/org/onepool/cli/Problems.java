package org.onepool.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.ScenarioException;

/** Prints scenario problems to the error stream, one line each, and gives the bad-input exit code. */
public final class Problems {
    private Problems() {
    }

    public static int report(PrintWriter err, Path file, ScenarioException e) {
        int n = e.problems().size();
        err.println("onepool: " + file + " has " + n + (n == 1 ? " problem:" : " problems:"));
        for (Problem p : e.problems()) {
            err.println("  " + p.message());
        }
        err.println("Nothing was written.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
