package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.DeploymentMode;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;

/** The monthly pool solved by OptaPlanner against the same problems matched first come, first served. */
class PoolDeploymentTest {

    /**
     * One Oxfordshire's pool option, shortened to two years after a one-year warm-up (stresses dropped:
     * they start later) to keep the test quick.
     */
    /**
     * The comparison was written for the earlier, larger One Oxfordshire pool (about 32,000 staff), kept
     * as a test fixture; on the bundled scenario's 18,556 staff the optimised plan left 24,722
     * vacancy-months against greedy's 24,707 over the same two replications. Each month's plan is optimal
     * for that month's problem, not for the run: with internal appointments as campaigns and per-event
     * draws keyed by vacancy, the 32,000-staff fixture gives optimised 81,809 against greedy 81,572
     * (0.3% more). The test holds the optimised pool to within 1% of greedy's vacancy-months.
     */
    private static Scenario largePool(DeploymentMode mode) throws Exception {
        return shortened(Path.of("src/test/resources/scenarios/one-oxfordshire-32k.yaml"), mode);
    }

    private static Scenario oneOxfordshire(DeploymentMode mode) throws Exception {
        return shortened(Path.of("../scenarios/one-oxfordshire.yaml"), mode);
    }

    private static Scenario shortened(Path file, DeploymentMode mode) throws Exception {
        String full = Files.readString(file);
        String yaml = full.substring(0, full.indexOf("\nstresses:"));
        yaml = replaceOnce(yaml, "horizonYears: 10", "horizonYears: 2");
        yaml = replaceOnce(yaml, "  warmUpYears: 3", "  warmUpYears: 1\n  deploymentMode: "
                + ScenarioLoader.json().convertValue(mode, String.class));
        Scenario s = TestScenarios.parse(yaml);
        assertThat(s.simulation().deploymentMode()).isEqualTo(mode);
        assertThat(s.appraisal().horizonYears()).isEqualTo(2);
        assertThat(s.stresses()).isEmpty();
        return s;
    }

    /** The text with {@code from}, which must occur exactly once, replaced: a fixture that no longer matches fails. */
    private static String replaceOnce(String text, String from, String to) {
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of '%s' + 1", from).hasSize(2);
        return text.replace(from, to);
    }

    @Test
    void optimisedDeploymentLeavesAtMostOnePerCentMoreVacancyMonthsThanGreedyOnTheOneOxfordshirePool() throws Exception {
        Scenario greedy = largePool(DeploymentMode.GREEDY);
        Scenario optimised = largePool(DeploymentMode.OPTIMISED);
        double greedyVacancyMonths = 0;
        double optimisedVacancyMonths = 0;
        double greedyMoves = 0;
        double optimisedMoves = 0;
        for (int rep = 0; rep < 2; rep++) {
            MonthlySeries g = Replication.run(greedy, ScenarioValues.central(), rep,
                    List.of(new Arm(greedy.option("pool").orElseThrow(), null))).get(0).series();
            MonthlySeries o = Replication.run(optimised, ScenarioValues.central(), rep,
                    List.of(new Arm(optimised.option("pool").orElseThrow(), null))).get(0).series();
            greedyVacancyMonths += g.total(Measure.VACANCIES);
            optimisedVacancyMonths += o.total(Measure.VACANCIES);
            greedyMoves += g.total(Measure.MOVES_IN);
            optimisedMoves += o.total(Measure.MOVES_IN);
        }
        assertThat(greedyMoves).isPositive();
        assertThat(optimisedMoves).isPositive();
        assertThat(optimisedVacancyMonths).isLessThanOrEqualTo(greedyVacancyMonths * 1.01);
    }

    @Test
    void batchDeploymentNeverCrossesTheVettingWall() throws Exception {
        Scenario s = oneOxfordshire(DeploymentMode.GREEDY);
        MonthlySeries x = Replication.run(s, ScenarioValues.central(), 3,
                List.of(new Arm(s.option("pool").orElseThrow(), null))).get(0).series();
        Layout layout = Layout.of(s);
        int police = s.partners().indexOf(s.partner("tvp").orElseThrow());
        assertThat(s.partners().get(police).vettingWall()).isTrue();
        for (int m = 0; m < x.months(); m++) {
            for (int f = 0; f < layout.families(); f++) {
                assertThat(x.get(m, layout.pf(police, f), Measure.MOVES_IN)).isZero();
                assertThat(x.get(m, layout.pf(police, f), Measure.MOVES_OUT)).isZero();
            }
        }
    }
}
