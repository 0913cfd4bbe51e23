package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.DiscountRates;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

class ExperimentTest {
    static final String YAML = """
            name: experiment test
            appraisal:
              startMonth: 2027-04
              horizonYears: 4
              optimismBias: {costUplift: 0.41, mitigation: 0.5}
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 3}
            recruitment:
              advertisingGbp: 900
              adminGbp: 700
              checksGbp: 150
              inductionGbp: 300
              timeToFillMonths: {triangular: [1, 2, 4]}
              agencyCoverShare: 0.6
              agencyPremiumRate: {triangular: [0.2, 0.3, 0.5], source: "NHS Improvement 2018", evidence: moderate}
            partners:
              - {id: big, name: Big Council, type: county, workforce: [%1$s]}
              - {id: small, name: Small Council, type: district, workforce: [%1$s]}
            options:
              - id: pool
                name: Shared recruitment and talent bank
                costSharing: {method: explicit, shares: {big: 0.1, small: 0.9}}
                interventions:
                  - type: sharedRecruitment
                    setupCostGbp: 20000
                    runningCostGbpPerYear: 10000
                    rampUpMonths: 6
                    effects: {campaignCostReduction: {uniform: [0.1, 0.4]}, timeToFillReduction: 0.2}
                  - {type: talentBank, effects: {runnersUpPerCampaign: 1, talentBankMonths: 6}}
              - id: nothing
                name: Costs and no effect
                interventions:
                  - {type: retention, setupCostGbp: 12000, runningCostGbpPerYear: 6000}
            """.formatted("""
            {jobFamily: admin, headcount: 150, gradeMix: [0.6, 0.3, 0.1], salaryByGradeGbp: [23000, 28000, 35000],
             turnover: {tenureBands: [{fromYears: 0, annualRate: {triangular: [0.12, 0.15, 0.2]}}]}}""");

    static Scenario scenario() {
        try {
            return ScenarioLoader.parse(YAML, false);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static ExperimentPlan plan(int threads) {
        return new ExperimentPlan(12, 99, threads, null, true, true, 4, 4, 3);
    }

    @Test
    void theSameSeedGivesTheSameResultsAtOneAndTwoThreads() {
        Scenario s = scenario();
        Summary one = Experiment.run(s, "x.yaml", "0", plan(1), Progress.NONE).summary();
        Summary two = Experiment.run(s, "x.yaml", "0", plan(2), Progress.NONE).summary();
        assertThat(two.threads()).isEqualTo(2);
        assertThat(withThreads(two, 1)).isEqualTo(one);
    }

    private static Summary withThreads(Summary s, int threads) {
        return new Summary(s.scenario(), s.version(), s.seed(), s.replications(), threads, s.startMonth(),
                s.horizonMonths(), s.discountSchedule(), s.settings(), s.baseline(), s.options(), s.warnings(),
                s.projections(), s.publishedChecks());
    }

    @Test
    void anOptionWithCostsAndNoEffectLosesExactlyThePresentValueOfItsBiasedCosts() {
        Summary s = Experiment.run(scenario(), "x.yaml", "0", plan(2).withAnalyses(false, false), Progress.NONE).summary();
        Summary.OptionResult nothing = s.options().get(1);
        double[] f = new DiscountRates(DiscountRates.GREEN_BOOK).factors(4);
        double pv = 12_000 + 6_000 * (f[0] + f[1] + f[2] + f[3]);
        double uplift = 1 + 0.41 * 0.5;
        assertThat(nothing.npv().mean()).isCloseTo(-pv * uplift, within(0.01));
        assertThat(nothing.npv().p10()).isCloseTo(-pv * uplift, within(0.01));
        assertThat(nothing.probabilityNpvPositive()).isZero();
        assertThat(nothing.paybackMonth().neverShare()).isEqualTo(1.0);
        assertThat(nothing.paybackMonth().p50()).isNull();
    }

    @Test
    void partnerPositionsAddUpAndAPartnerPayingMoreThanItGainsIsFlagged() {
        Summary s = Experiment.run(scenario(), "x.yaml", "0", plan(2).withAnalyses(false, false), Progress.NONE).summary();
        Summary.OptionResult pool = s.options().get(0);
        double shares = pool.byPartner().stream().mapToDouble(Summary.PartnerPosition::costShare).sum();
        assertThat(shares).isCloseTo(1.0, within(1e-9));
        double netMeans = pool.byPartner().stream().mapToDouble(p -> p.netNpv().mean()).sum();
        assertThat(netMeans).isCloseTo(pool.npv().mean(), within(1e-6 * Math.abs(pool.npv().mean()) + 1e-6));
        double yearMeans = pool.byFinancialYear().stream().mapToDouble(y -> y.netSaving().mean()).sum();
        double categoryMeans = pool.byCategory().stream().mapToDouble(c -> c.netSaving().mean()).sum();
        assertThat(yearMeans).isCloseTo(categoryMeans, within(1e-6));
        // The small council pays 90% of the costs for half the savings.
        Summary.PartnerPosition small = pool.byPartner().get(1);
        assertThat(small.costShare()).isCloseTo(0.9, within(1e-12));
        assertThat(small.flagged()).isEqualTo(small.netNpv().p50() < 0);
        assertThat(pool.byPartner().get(0).netNpv().p50()).isGreaterThan(small.netNpv().p50());
    }

    @Test
    void tornadoStressAndSwitchingValuesAreReported() {
        Summary s = Experiment.run(scenario(), "x.yaml", "0", plan(2), Progress.NONE).summary();
        Summary.OptionResult pool = s.options().get(0);
        assertThat(pool.tornado()).hasSize(3);
        for (int k = 1; k < pool.tornado().size(); k++) {
            assertThat(pool.tornado().get(k).swing()).isLessThanOrEqualTo(pool.tornado().get(k - 1).swing());
        }
        assertThat(pool.tornado()).allSatisfy(b -> assertThat(b.low()).isLessThan(b.high()));
        assertThat(pool.switchingValues()).isNotEmpty();
        assertThat(pool.stress()).extracting(Summary.StressResult::stress)
                .containsExactly("effect-halved", "market-tightens", "pay-restraint", "partner-leaves");
        assertThat(pool.cumulative()).hasSize(48);
    }

    /**
     * R-7 (Excel's PERCENTILE.INC) by hand: on the sorted sample x1..xn the p-quantile is at rank
     * h = (n - 1) p + 1, between x[floor h] and the next: x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
     */
    @Test
    void percentilesAreExcelsPercentileInc() {
        // Sorted 15, 20, 35, 40, 50. P10: h = 1.4, 15 + 0.4 x 5. P50: h = 3, 35. P90: h = 4.6, 40 + 0.6 x 10.
        assertThat(StatsOf.of(new double[] {40, 15, 50, 35, 20})).isEqualTo(new Stats(32, 17, 35, 46));
        // Sorted -2, 1, 3, 4, 7, 9. P10: h = 1.5, -2 + 0.5 x 3. P50: h = 3.5, 3 + 0.5 x 1. P90: h = 5.5, 7 + 0.5 x 2.
        assertThat(StatsOf.of(new double[] {4, -2, 9, 1, 7, 3})).isEqualTo(new Stats(22 / 6.0, -0.5, 3.5, 8));
        assertThat(StatsOf.median(new double[] {4, -2, 9, 1, 7, 3})).isEqualTo(3.5);
    }

    @Test
    void streamingPercentilesAreExactForFewReplications() {
        StreamingStats streaming = new StreamingStats();
        for (double v : new double[] {4, -2, 9, 1, 7, 3}) streaming.add(v);
        assertThat(streaming.stats()).isEqualTo(new Stats(22 / 6.0, -0.5, 3.5, 8));
    }

    @Test
    void streamingPercentilesStayCloseToExactOnes() {
        var random = new java.util.SplittableRandom(1);
        StreamingStats streaming = new StreamingStats();
        double[] values = new double[2000];
        for (int i = 0; i < values.length; i++) streaming.add(values[i] = random.nextGaussian() * 100);
        Stats exact = StatsOf.of(values);
        Stats approx = streaming.stats();
        assertThat(approx.p10()).isCloseTo(exact.p10(), within(6.0));
        assertThat(approx.p50()).isCloseTo(exact.p50(), within(6.0));
        assertThat(approx.p90()).isCloseTo(exact.p90(), within(6.0));
        assertThat(List.of(approx.mean())).containsExactly(exact.mean());
    }

    @Test
    void deploymentComparisonRunsForOptionsThatOpenAPool() throws Exception {
        String nothing = "  - id: nothing\n";
        assertThat(YAML).contains(nothing);
        String yaml = YAML.replace(nothing, "  - id: paths\n    name: Career paths\n    interventions:\n"
                + "      - {type: careerPaths, setupCostGbp: 5000}\n" + nothing);
        Scenario s = ScenarioLoader.parse(yaml, false);
        ExperimentPlan plan = new ExperimentPlan(4, 3, 2, null, false, false, 2, 2, 2, 2);
        Summary summary = Experiment.run(s, "x.yaml", "0", plan, Progress.NONE).summary();
        assertThat(summary.options().get(0).deployment()).isNull();
        Summary.DeploymentComparison paths = summary.options().get(1).deployment();
        assertThat(paths).isNotNull();
        assertThat(paths.replications()).isEqualTo(2);
        assertThat(paths.greedyCrossPartnerMoves()).isPositive();
        assertThat(paths.optimisedVacancyMonths()).isPositive();
        assertThat(summary.options().get(2).deployment()).isNull();
    }

    @Test
    void replicationsRunInBlocksElsewhereAndFoldedInOrderGiveTheSameResultAsOneRun() throws Exception {
        Scenario s = scenario();
        ExperimentPlan plan = plan(2).withAnalyses(false, true);
        Summary whole = Experiment.run(s, "x.yaml", "0", plan, Progress.NONE).summary();

        Experiment experiment = new Experiment(s, plan);
        AppraisalFold fold = experiment.newFold();
        List<ReplicationOutcome> first = experiment.replicate(0, 5);
        List<ReplicationOutcome> second = experiment.replicate(5, 12);
        assertThatThrownBy(() -> experiment.newFold().add(second.get(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("replication order");
        for (ReplicationOutcome o : first) fold.add(o);
        // The second block crosses a process boundary, as it would from another machine.
        for (ReplicationOutcome o : second) fold.add(serialisedAndBack(o));
        Summary blocks = experiment.complete(fold, new Summary.ScenarioInfo(s.name(), "x.yaml", "0"), Progress.NONE)
                .summary();
        assertThat(blocks).isEqualTo(whole);
    }

    /**
     * A crossing known by hand. Two options with the same effect; the second also pays a set-up cost, its one
     * uncertain input. The set-up cost changes no one's behaviour, so on common random numbers the second's
     * NPV is the first's less the biased set-up cost, paid in month 0 (undiscounted), replication by
     * replication: its median NPV crosses zero where the set-up cost is the first's median NPV / (1 + 0.41 x 0.5).
     */
    @Test
    void theSwitchingValueIsWhereAKnownSavingPaysForTheSetUpCost() throws Exception {
        String fixed = YAML.replace("timeToFillMonths: {triangular: [1, 2, 4]}", "timeToFillMonths: 2")
                .replace("agencyPremiumRate: {triangular: [0.2, 0.3, 0.5], source: \"NHS Improvement 2018\", "
                        + "evidence: moderate}", "agencyPremiumRate: 0.3")
                .replace("annualRate: {triangular: [0.12, 0.15, 0.2]}", "annualRate: 0.15")
                .replace("campaignCostReduction: {uniform: [0.1, 0.4]}", "campaignCostReduction: 0.25")
                .replace("setupCostGbp: 20000", "setupCostGbp: 0")
                // Every default stated as a plain number, so that only the set-up cost is uncertain.
                .replace("simulation: {warmUpYears: 1}", "simulation: {warmUpYears: 1, employerOnCostRate: 0.3, "
                        + "internalAppointableProbability: 0.2, crossPartnerWillingness: 0.1}\ntraining: {inductionDays: 2}")
                .replace("  agencyCoverShare: 0.6", "  agencyCoverShare: 0.6\n  campaignFailureProbability: 0.1\n"
                        + "  hardToRecruitFailureProbability: 0.35\n  unfilledPostCostRate: 0.5")
                .replace("annualRate: 0.15}]}", "annualRate: 0.15}], drivers: {stagnationHazardRatio: 2, "
                        + "payGapSensitivity: 0.5, disengagedHazardRatio: 1.5}}, engagedShare: 0.7")
                .replace("type: county,", "type: county, redundancyCostGbp: 25000,")
                .replace("type: district,", "type: district, redundancyCostGbp: 25000,");
        String costly = "  - id: costly\n    name: The same, with a set-up cost\n    interventions:\n"
                + "      - {type: sharedRecruitment, setupCostGbp: {uniform: [0, 1000000]}, runningCostGbpPerYear: "
                + "10000, rampUpMonths: 6, effects: {campaignCostReduction: 0.25, timeToFillReduction: 0.2}}\n"
                + "      - {type: talentBank, effects: {runnersUpPerCampaign: 1, talentBankMonths: 6}}\n";
        String yaml = fixed.replace("  - id: nothing\n", costly + "  - id: nothing\n");
        assertThat(yaml).contains("id: costly").doesNotContain("triangular").doesNotContain("[0.1, 0.4]");
        Scenario s = ScenarioLoader.parse(yaml, false);
        // Five replications for the main run and for each switching evaluation: the same five seeds.
        Summary summary = Experiment.run(s, "x.yaml", "0", new ExperimentPlan(5, 3, 2, List.of("pool", "costly"),
                true, false, 5, 5, 3), Progress.NONE).summary();
        // The set-up cost, and the stated optimism-bias uplift swept over its published range.
        assertThat(summary.settings().tornadoInputs()).as("one uncertain input and the swept uplift").isEqualTo(2);
        Summary.OptionResult pool = summary.options().get(0);
        Summary.OptionResult withCost = summary.options().get(1);
        String setupCost = "options[1].interventions[0].setupCostGbp";
        assertThat(pool.switchingValues()).extracting(Summary.SwitchingValue::input).doesNotContain(setupCost);
        Summary.SwitchingValue found = withCost.switchingValues().stream().filter(v -> v.input().equals(setupCost))
                .findFirst().orElseThrow();
        double expected = pool.npv().p50() / (1 + 0.41 * 0.5);
        assertThat(expected).isBetween(100_000.0, 900_000.0);
        // Brent's method stops within a thousandth of the range searched.
        assertThat(found.value()).isCloseTo(expected, within(1_000.0));
    }

    @Test
    void theMonteCarloStandardErrorsAreThoseOfTheReplicationsNpvs() throws Exception {
        // A set-up cost and a value of lost service that put the pool's NPV near zero, so that some
        // replications save and some do not.
        Scenario s = ScenarioLoader.parse(YAML.replace("setupCostGbp: 20000", "setupCostGbp: 98000")
                .replace("  agencyCoverShare: 0.6\n", "  agencyCoverShare: 0.6\n  unfilledPostCostRate: 0.5\n"), false);
        ExperimentPlan plan = plan(2).withAnalyses(false, false);
        Experiment experiment = new Experiment(s, plan);
        double[] npv = experiment.replicate(0, plan.replications()).stream()
                .mapToDouble(o -> o.options().get(0).appraisal().npv()).toArray();
        Summary.OptionResult pool = Experiment.run(s, "x.yaml", "0", plan, Progress.NONE).summary().options().get(0);
        // Two-pass textbook formulas over the 12 NPVs.
        int n = npv.length;
        double mean = Arrays.stream(npv).sum() / n;
        double squares = Arrays.stream(npv).map(v -> (v - mean) * (v - mean)).sum();
        double p = Arrays.stream(npv).filter(v -> v > 0).count() / (double) n;
        assertThat(p).isStrictlyBetween(0.0, 1.0);
        assertThat(pool.monteCarloStandardError().npvMeanGbp())
                .isCloseTo(Math.sqrt(squares / (n - 1) / n), within(1e-9 * Math.sqrt(squares)));
        assertThat(pool.monteCarloStandardError().probabilityNpvPositive())
                .isCloseTo(Math.sqrt(p * (1 - p) / n), within(1e-15));
        Summary.OptionResult single = Experiment.run(s, "x.yaml", "0", new ExperimentPlan(1, 99, 1, null, false, false,
                1, 1, 1), Progress.NONE).summary().options().get(0);
        assertThat(single.monteCarloStandardError().npvMeanGbp()).isNull();
    }

    private static ReplicationOutcome serialisedAndBack(ReplicationOutcome outcome) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(outcome);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (ReplicationOutcome) in.readObject();
        }
    }
}
