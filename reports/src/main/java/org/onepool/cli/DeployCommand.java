package org.onepool.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.onepool.model.optimise.deployment.DeploymentOptimiser;
import org.onepool.model.optimise.deployment.DeploymentPlan;
import org.onepool.model.optimise.deployment.DeploymentPolicy;
import org.onepool.model.optimise.deployment.DeploymentProblem;
import org.onepool.model.optimise.deployment.DeploymentProblemFile;
import org.onepool.model.optimise.deployment.GreedyDeployment;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Solves a standalone deployment problem and prints the plan as JSON. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Place pooled staff (redeployees, stagnating staff, talent-bank runners-up) in open posts "
                + "across partners, buying training within a budget; print the plan and its score as JSON.",
            "Format: docs/deploy-format.md; example: scenarios/deploy-example.yaml."})
final class DeployCommand implements Callable<Integer> {
    /** How a plan is made. */
    enum Policy { optimised, greedy }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PROBLEM", description = "Deployment problem (.yaml or .json).")
    Path file;

    @CommandLine.Option(names = "--policy", description = "optimised (exact for small problems, else OptaPlanner; default) or greedy (first come).")
    Policy policy = Policy.optimised;

    @CommandLine.Option(names = "--seed", description = "Solver seed (default 1).")
    long seed = 1;

    @Override
    public Integer call() throws JsonProcessingException {
        DeploymentProblem problem;
        try {
            problem = DeploymentProblemFile.load(file);
        } catch (ScenarioException e) {
            return Problems.report(spec.commandLine().getErr(), file, e);
        }
        DeploymentPolicy chosen = policy == Policy.greedy ? new GreedyDeployment() : new DeploymentOptimiser(seed);
        DeploymentPlan plan = chosen.plan(problem);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy", policy.name());
        out.put("seed", seed);
        out.put("feasible", plan.feasible());
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("hard", plan.hardScore());
        score.put("softGbp", plan.softScore());
        out.put("score", score);
        out.put("trainingSpendGbp", plan.trainingSpendGbp());
        out.put("trainingBudgetGbp", problem.trainingBudgetGbp());
        out.put("placements", plan.placements());
        out.put("unplacedPeople", plan.unplacedPeople());
        out.put("vacantPosts", plan.vacantPosts());
        var writer = spec.commandLine().getOut();
        writer.println(ScenarioLoader.json().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        writer.flush();
        return ExitCode.OK;
    }
}
