package org.onepool.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Checks a scenario file and says what it contains. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file; print 'ok' and a one-line summary, or every problem found.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path file;

    @Override
    public Integer call() {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            return Problems.report(spec.commandLine().getErr(), file, e);
        }
        var out = spec.commandLine().getOut();
        out.printf("ok: %s: %d partners, %,d staff, %d job families, %d options, %d stresses%n",
                scenario.name(), scenario.partners().size(), scenario.totalHeadcount(),
                scenario.jobFamilies().size(), scenario.options().size(), scenario.stresses().size());
        out.flush();
        return ExitCode.OK;
    }
}
