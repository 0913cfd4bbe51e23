package org.onepool.model.experiment;

import java.util.List;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.DeploymentMode;
import org.onepool.model.scenario.InterventionType;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Measure;
import org.onepool.model.workforce.Replication;

/**
 * Runs each option that opens a pool twice on the same replications and sampled inputs: the month's pool
 * matched first come first served, and solved by the deployment optimiser.
 */
final class DeploymentComparisons {
    private final AppraisalContext context;
    private final ExperimentPlan plan;
    private final Progress progress;

    DeploymentComparisons(AppraisalContext context, ExperimentPlan plan, Progress progress) {
        this.context = context;
        this.plan = plan;
        this.progress = progress;
    }

    static boolean opensPool(Option option) {
        return option.interventions().stream().anyMatch(i -> i.type() == InterventionType.CAREER_PATHS);
    }

    Summary.DeploymentComparison compare(Option option) {
        int n = plan.deploymentReplications();
        Scenario greedy = context.scenario.withSimulation(
                context.scenario.simulation().withDeploymentMode(DeploymentMode.GREEDY));
        Scenario optimised = context.scenario.withSimulation(
                context.scenario.simulation().withDeploymentMode(DeploymentMode.OPTIMISED));
        double[][] totals = new double[2][4];
        progress.begin("Deployment: " + option.id(), n);
        OrderedParallel.run(n, plan.threads(), r -> {
            ScenarioValues values = context.sampled(r);
            long seed = context.replicationSeed(r);
            return new double[][] {measure(greedy, option, values, seed), measure(optimised, option, values, seed)};
        }, (pair, r) -> {
            for (int mode = 0; mode < 2; mode++) {
                for (int k = 0; k < 4; k++) totals[mode][k] += pair[mode][k] / n;
            }
        }, progress);
        return new Summary.DeploymentComparison(n, totals[0][0], totals[1][0], totals[0][1], totals[1][1],
                totals[0][2], totals[1][2], totals[0][3], totals[1][3]);
    }

    /** Vacancy-months, agency spend, career leavers and cross-partner moves of the option over the horizon. */
    private double[] measure(Scenario scenario, Option option, ScenarioValues values, long seed) {
        Option same = scenario.option(option.id()).orElseThrow();
        ArmResult r = Replication.run(scenario, values, seed, List.of(context.arm(same, null))).get(0);
        double agency = 0;
        for (int m = 0; m < r.ledger().months(); m++) agency += r.ledger().monthTotal(m, CostCategory.AGENCY_PREMIUM);
        return new double[] {r.series().total(Measure.VACANCIES), agency, r.series().total(Measure.LEAVERS_CAREER),
            r.series().total(Measure.MOVES_IN)};
    }
}
