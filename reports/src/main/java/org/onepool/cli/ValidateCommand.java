package org.onepool.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onepool.model.experiment.Warnings;
import org.onepool.model.optimise.deployment.DeploymentProblem;
import org.onepool.model.optimise.deployment.DeploymentProblemFile;
import org.onepool.model.finance.GdpDeflator;
import org.onepool.model.scenario.AssumptionsRegister;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.reports.Formats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Checks a scenario file, or a deployment problem as `onepool deploy` reads it, and says what it contains. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario file, or a deployment problem (the file 'onepool deploy' reads); print 'ok' "
                + "and a one-line summary (then any warnings, which do not change the exit code), or every problem "
                + "found.",
            "A file whose top level has people or posts and no partners is checked as a deployment problem."})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario or deployment problem (.yaml, .yml or .json).")
    Path file;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try {
            if (isDeploymentProblem(file)) {
                DeploymentProblem p = DeploymentProblemFile.load(file);
                out.printf("ok: deployment problem: %d people, %d open posts, %d training options, training budget %s%n",
                        p.people().size(), p.posts().size(), p.training().size(), Formats.money(p.trainingBudgetGbp()));
            } else {
                Scenario s = ScenarioLoader.load(file, GdpDeflator.bundled());
                out.printf("ok: %s: %d partners, %,d staff, %d job families, %d options, %d stresses%n", s.name(),
                        s.partners().size(), s.totalHeadcount(), s.jobFamilies().size(), s.options().size(),
                        s.stresses().size());
                for (String warning : Warnings.beforeRun(s, AssumptionsRegister.of(s))) {
                    out.println("Warning: " + warning);
                }
            }
        } catch (ScenarioException e) {
            return Problems.report(spec.commandLine().getErr(), file, e);
        }
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Whether a file is a deployment problem rather than a scenario: its top level names people or posts and
     * no partners. Anything unreadable is taken for a scenario, whose loader says what is wrong with it.
     */
    static boolean isDeploymentProblem(Path file) {
        try {
            if (Files.size(file) > ScenarioLoader.MAX_FILE_BYTES) return false;
            JsonNode top = ScenarioLoader.yaml().readTree(file.toFile());
            return top != null && top.isObject() && (top.has("people") || top.has("posts")) && !top.has("partners");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
