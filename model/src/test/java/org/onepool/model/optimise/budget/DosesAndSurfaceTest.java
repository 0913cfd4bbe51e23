package org.onepool.model.optimise.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.scenario.DoseResponse;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

class DosesAndSurfaceTest {
    static Scenario small() throws Exception {
        return ScenarioLoader.load(Path.of("src/test/resources/scenarios/budget-small.yaml"));
    }

    @Test
    void halfTheEffectAtTheStatedSpendPerHeadThreeQuartersAtTwice() {
        DoseResponse dose = new DoseResponse(40.0, null, null, null, null, null, null, null, null, null);
        assertThat(dose.strength(0)).isZero();
        assertThat(dose.strength(40)).isCloseTo(0.5, within(1e-12));
        assertThat(dose.strength(80)).isCloseTo(0.75, within(1e-12));
        assertThat(dose.strength(1e6)).isCloseTo(1, within(1e-12));
    }

    @Test
    void aYearsSpendWorksFromThatYearForAsLongAsTheLeverSays() throws Exception {
        Scenario scenario = small();
        BudgetProblem problem = BudgetProblem.of(scenario, scenario.budgetSplit());
        assertThat(problem.levers()).extracting(Lever::name).containsExactly("Retention offer", "Shared recruitment");
        assertThat(problem.levers().get(0).coveredHeadcount()).containsExactly(300, 400);
        assertThat(problem.tranches()).isEqualTo(6);
        // GBP 30k of retention at the council (300 staff) in year 0: GBP 100 a head, half effect at GBP 60.
        BudgetPlan plan = BudgetPlan.empty(problem).with(new BudgetSlot(0, 0, 0), 3);
        double[][][] s = Doses.strengthByYear(problem, plan, 5);
        double expected = 1 - Math.pow(2, -100.0 / 60);
        assertThat(s[0][0]).containsExactly(new double[] {expected, expected, expected, 0, 0}, within(1e-12));
        assertThat(s[0][1]).containsOnly(0.0);
        // Shared recruitment states no effectLastsYears: a year's spend works that year only, and the
        // effect bought for the two budget years ends with them.
        plan = plan.with(new BudgetSlot(1, 1, 0), 1).with(new BudgetSlot(1, 1, 1), 1);
        s = Doses.strengthByYear(problem, plan, 5);
        double one = 1 - Math.pow(2, -25.0 / 30);
        assertThat(s[1][1]).containsExactly(new double[] {one, one, 0, 0, 0}, within(1e-12));
    }

    @Test
    void theSurfaceRecoversAResponseThatIsLinearInItsFeatures() throws Exception {
        Scenario scenario = small();
        BudgetProblem problem = BudgetProblem.of(scenario, scenario.budgetSplit());
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 60);
        SurfaceFeatures features = new SurfaceFeatures(problem, years, new double[] {1, 0.966, 0.934, 0.902, 0.871});
        List<BudgetPlan> design = SurfaceDesign.plans(problem, SurfaceDesign.recommendedSize(features), 3);
        assertThat(design.get(0)).isEqualTo(BudgetPlan.empty(problem));
        assertThat(SurfaceDesign.plans(problem, design.size(), 3)).isEqualTo(design);
        int reps = 5;
        Random random = new Random(1);
        double[][] truth = new double[features.count()][reps];
        for (double[] row : truth) for (int r = 0; r < reps; r++) row[r] = random.nextGaussian() * 1e5;
        double[][] npv = new double[design.size()][reps];
        for (int i = 0; i < design.size(); i++) {
            double[] x = features.of(design.get(i));
            for (int j = 0; j < x.length; j++) for (int r = 0; r < reps; r++) npv[i][r] += x[j] * truth[j][r];
        }
        ResponseSurface surface = ResponseSurface.fit(features, design, npv);
        assertThat(surface.rSquared()).isCloseTo(1, within(1e-9));
        List<BudgetPlan> fresh = new ArrayList<>(SurfaceDesign.neighbours(problem, design.get(5), 4, 9));
        for (BudgetPlan plan : fresh) {
            double[] x = features.of(plan);
            double[] predicted = surface.predictions(plan);
            for (int r = 0; r < reps; r++) {
                double expected = 0;
                for (int j = 0; j < x.length; j++) expected += x[j] * truth[j][r];
                assertThat(predicted[r]).isCloseTo(expected, within(1e-3 * (1 + Math.abs(expected))));
            }
            assertThat(surface.p10(plan)).isLessThanOrEqualTo(surface.mean(plan) + 1e-6);
        }
    }

    @Test
    void naivePlansKeepTheCapsAndTheScenarioPlanSpendsWhatItStates() throws Exception {
        Scenario scenario = small();
        BudgetProblem problem = BudgetProblem.of(scenario, scenario.budgetSplit());
        BudgetPlan equal = NaivePlans.equalSplit(problem);
        assertThat(equal.totalTranches()).isEqualTo(6);
        assertThat(equal.leverTranches(0)).isEqualTo(3);
        assertThat(equal.yearTranches(0)).isLessThanOrEqualTo(4);
        BudgetPlan own = NaivePlans.scenarioPlan(problem);
        assertThat(own.leverTranches(0)).isEqualTo(3);
        assertThat(own.leverTranches(1)).isEqualTo(3);
        // Everything in shared recruitment stops at its GBP 40k maximum.
        BudgetPlan best = NaivePlans.bestSingleLever(problem, plan -> plan.leverTranches(1));
        assertThat(best.leverTranches(1)).isEqualTo(4);
        assertThat(best.leverTranches(0)).isZero();
    }
}
