package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/** Pooling mechanisms reach only poolable families at partners outside a vetting wall. */
class PoolingBoundsTest {

    static List<ArmResult> run(Scenario s, long seed, String... options) {
        List<Arm> arms = new java.util.ArrayList<>(List.of(Arm.BASELINE));
        for (String id : options) arms.add(new Arm(s.option(id).orElseThrow(), null));
        return Replication.run(s, ScenarioValues.central(), seed, arms);
    }

    static double total(MonthlySeries x, int pf, Measure measure) {
        double sum = 0;
        for (int m = 0; m < x.months(); m++) sum += x.get(m, pf, measure);
        return sum;
    }

    @Test
    void sharedRecruitmentAndTheTalentBankReachNeitherANonPoolableFamilyNorAWalledPartner() {
        Scenario s = TestScenarios.walledPool("");
        Layout layout = new Parameters(s, ScenarioValues.central()).layout;
        MonthlySeries bank = run(s, 3, "bank").get(1).series();
        for (int p = 0; p < 3; p++) {
            for (int f = 0; f < 2; f++) {
                int pf = layout.pf(p, f);
                double shared = total(bank, pf, Measure.SHARED_HIRES);
                double banked = total(bank, pf, Measure.HIRES_TALENT_BANK);
                if (p < 2 && f == 0) {
                    assertThat(shared).as("partner %d admin", p).isPositive();
                    assertThat(banked).as("partner %d admin", p).isPositive();
                } else {
                    assertThat(shared).as("partner %d family %d", p, f).isZero();
                    assertThat(banked).as("partner %d family %d", p, f).isZero();
                }
            }
        }
    }

    private static double total(ArmResult r, Measure measure) {
        double sum = 0;
        for (int pf = 0; pf < r.series().pfs(); pf++) sum += total(r.series(), pf, measure);
        return sum;
    }

    @Test
    void aRunnerUpAcceptanceOfZeroGivesExactlyTheSharedRecruitmentOptionsNumbers() {
        Scenario s = TestScenarios.walledPool(", runnerUpAcceptance: 0");
        List<ArmResult> r = run(s, 4, "shared", "bank");
        assertThat(r.get(2).series().toArray()).isEqualTo(r.get(1).series().toArray());
        assertThat(r.get(2).ledger().toArray()).isEqualTo(r.get(1).ledger().toArray());
        // And the bank does work when runners-up accept.
        Scenario accepting = TestScenarios.walledPool(", runnerUpAcceptance: 1");
        assertThat(total(run(accepting, 4, "bank").get(1), Measure.HIRES_TALENT_BANK)).isPositive();
    }

    /**
     * The old, unbounded talent bank: every runner-up accepts, at once, at no selection cost. On one partner
     * with one grade (no promotions), each successful external campaign banks one runner-up, and with the
     * bank's 60 months longer than the 36 of the run none expires; every vacancy takes the longest-waiting
     * runner-up while any remain. So every runner-up banked is hired, still waiting at the end, or on the
     * way (accepted in the last month, starting after it): talent-bank hires = external hires - waiting -
     * on the way, exactly. A runner-up who declined, or a vacancy sent outside while one waited, breaks it.
     */
    @Test
    void anAcceptanceOfOneWithNoDeclineNoSelectionCostAndNoNoticeHiresEveryRunnerUpBanked() {
        Scenario s = TestScenarios.parse("""
                name: one partner talent bank
                appraisal: {startMonth: 2027-04, horizonYears: 3, seed: 5}
                simulation: {warmUpYears: 1}
                jobFamilies: [{id: admin, name: Business support, marketSalaryGbp: 27000, grades: 1}]
                recruitment: {advertisingGbp: 800, adminGbp: 600, checksGbp: 120, inductionGbp: 250,
                              timeToFillMonths: {triangular: [1, 2, 4]}, campaignFailureProbability: 0.1,
                              noticePeriodMonths: 0}
                partners:
                  - {id: a, name: Council A, type: county, workforce: [{jobFamily: admin, headcount: 600,
                     salaryByGradeGbp: [23000], turnover: {tenureBands: [{fromYears: 0, annualRate: 0.18}]}}]}
                options:
                  - id: bank
                    name: Talent bank
                    interventions:
                      - {type: talentBank, effects: {runnersUpPerCampaign: 1, talentBankMonths: 60, runnerUpAcceptance: 1,
                         runnerUpAcceptanceDeclinePerMonth: 0, talentBankSelectionCostShare: 0}}
                """);
        Parameters params = new Parameters(s, ScenarioValues.central());
        RandomStreams streams = new RandomStreams(8);
        WorkforceState state = SettledPopulation.start(params, streams);
        Hazards hazards = new Hazards(params);
        hazards.calibrate(state.staff, -params.warmUpMonths);
        new WorkforceModel(params, new ArmEffects(params, null, null, ScenarioValues.central()), state, hazards, streams,
                -params.warmUpMonths, 0).runUntil(0);
        hazards.calibrate(state.staff, 0);
        WorkforceModel bank = new WorkforceModel(params, new ArmEffects(params, new Arm(s.option("bank").orElseThrow(), null),
                ScenarioValues.central()), state.copy(), hazards.copy(), streams, 0, 1);
        bank.runUntil(params.horizonMonths);
        double external = total(bank.series, 0, Measure.HIRES_EXTERNAL);
        double banked = total(bank.series, 0, Measure.HIRES_TALENT_BANK);
        int waiting = bank.state.talentBankSize[0] - bank.state.bankHead[0];
        int onTheWay = 0;
        VacancyTable vac = bank.state.vacancies;
        for (int v = 0; v < vac.size; v++) {
            if (vac.state()[v] == VacancyTable.IN_CAMPAIGN && vac.route()[v] == VacancyTable.ROUTE_TALENT_BANK) onTheWay++;
        }
        assertThat(banked).as("talent-bank hires").isPositive().isEqualTo(external - waiting - onTheWay);
    }

    @Test
    void runnersUpAcceptLessTheLongerTheyHaveWaitedAndSoTheBankFillsFewerPosts() {
        double always = total(run(TestScenarios.walledPool(", runnerUpAcceptance: 1, runnerUpAcceptanceDeclinePerMonth: 0"),
                4, "bank").get(1), Measure.HIRES_TALENT_BANK);
        double declining = total(run(TestScenarios.walledPool(", runnerUpAcceptance: 1, runnerUpAcceptanceDeclinePerMonth: 0.5"),
                4, "bank").get(1), Measure.HIRES_TALENT_BANK);
        double half = total(run(TestScenarios.walledPool(", runnerUpAcceptance: 0.5, runnerUpAcceptanceDeclinePerMonth: 0"),
                4, "bank").get(1), Measure.HIRES_TALENT_BANK);
        assertThat(declining).isLessThan(always);
        assertThat(half).isLessThan(always).isPositive();
    }

    @Test
    void careerPathsNeverApplyACareerLeavingReductionEvenIfAFileStatesOne() throws Exception {
        // Bound without validation, which would refuse the file.
        Scenario s = org.onepool.model.scenario.input.ScenarioLoader.yaml().readValue(TestScenarios.walledPoolYaml("").replace(
                "- {type: talentBank, effects: {runnersUpPerCampaign: 1, talentBankMonths: 6}}",
                "- {type: careerPaths, effects: {careerLeavingReduction: 0.5}}"), Scenario.class);
        Parameters params = new Parameters(s, ScenarioValues.central());
        ArmEffects effects = new ArmEffects(params, s.option("bank").orElseThrow(), null, ScenarioValues.central());
        effects.update(3);
        assertThat(effects.combined(org.onepool.model.scenario.Effect.CAREER_LEAVING_REDUCTION)).containsOnly(1.0);
        assertThat(effects.reach(org.onepool.model.scenario.InterventionType.CAREER_PATHS)).contains(1.0);
    }

    @Test
    void aNonPoolableFamilyAndAWalledPartnerHaveExactlyTheirBusinessAsUsualNumbersWithThePool() {
        Scenario s = TestScenarios.walledPool("");
        Layout layout = new Parameters(s, ScenarioValues.central()).layout;
        for (long seed = 1; seed <= 2; seed++) {
            List<ArmResult> r = run(s, seed, "shared", "bank");
            MonthlySeries base = r.get(0).series();
            for (int arm = 1; arm < r.size(); arm++) {
                MonthlySeries option = r.get(arm).series();
                for (int pf = 0; pf < layout.pfs(); pf++) {
                    boolean untouched = layout.familyOfPf(pf) == 1 || layout.partnerOfPf(pf) == 2;
                    if (!untouched) continue;
                    for (int m = 0; m < base.months(); m++) {
                        for (Measure measure : Measure.ALL) {
                            assertThat(option.get(m, pf, measure)).as("seed %d arm %d pf %d month %d %s", seed, arm, pf, m,
                                    measure).isEqualTo(base.get(m, pf, measure));
                        }
                    }
                }
                for (int m = 0; m < base.months(); m++) {
                    for (var c : org.onepool.model.scenario.CostCategory.values()) {
                        assertThat(r.get(arm).ledger().get(m, 2, c)).as("police %s month %d", c, m)
                                .isEqualTo(r.get(0).ledger().get(m, 2, c));
                    }
                }
            }
        }
    }

    private static ArmResult baseline(String simulation, String recruitment, String family) {
        String yaml = TestScenarios.walledPoolYaml("").replace("simulation: {warmUpYears: 1}", "simulation: {warmUpYears: 1" + simulation + "}")
                .replace("  campaignFailureProbability: 0.1", "  campaignFailureProbability: 0.1" + recruitment)
                .replace("poolable: false}", "poolable: false" + family + "}");
        return run(TestScenarios.parse(yaml), 2).get(0);
    }

    private static double meanFillMonths(ArmResult r) {
        return total(r, Measure.FILL_MONTHS) / total(r, Measure.FILLS_COMPLETED);
    }

    @Test
    void internalAppointmentsAreBoundedByTheAdvertisedShareAndTakeTheirOwnTimeToFill() {
        assertThat(total(baseline(", internalAdvertShare: 0", "", ""), Measure.HIRES_INTERNAL)).isZero();
        double all = total(baseline("", "", ""), Measure.HIRES_INTERNAL);
        double half = total(baseline(", internalAdvertShare: 0.5", "", ""), Measure.HIRES_INTERNAL);
        assertThat(half).isPositive().isLessThan(all);
        double quick = meanFillMonths(baseline("", "\n  internalTimeToFillMonths: 0", ""));
        double slow = meanFillMonths(baseline("", "\n  internalTimeToFillMonths: 4", ""));
        assertThat(slow).isGreaterThan(quick);
    }

    @Test
    void recruitmentStartedInTheLeaversNoticeFillsPostsSooner() {
        double late = meanFillMonths(baseline("", "\n  noticePeriodMonths: 1", ""));
        double early = meanFillMonths(baseline("", "\n  noticePeriodMonths: 1", ", recruitDuringNoticeShare: 1"));
        assertThat(early).isLessThan(late);
    }
}
