package org.onepool.model.scenario.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.Scenario;

/**
 * The scenario validators called directly, one case per family of rules, each naming the one problem
 * it must find: its field path, the value found and what was expected. The scenarios are bound without
 * validation, so each validator sees exactly the mistake under test.
 */
class ValidatorsTest {
    private static final String VALID = """
            name: Checked
            appraisal: {startMonth: 2027-04, horizonYears: 5, seed: 1}
            jobFamilies:
              - {id: admin, name: Admin, marketSalaryGbp: 26000, grades: 3}
            recruitment: {advertisingGbp: 600, adminGbp: 500, checksGbp: 100, inductionGbp: 300,
                          timeToFillMonths: {triangular: [1, 2, 4]}}
            partners:
              - id: council
                name: Council
                type: district
                workforce:
                  - jobFamily: admin
                    headcount: 200
                    gradeMix: [0.6, 0.3, 0.1]
                    salaryByGradeGbp: [23000, 28000, 36000]
                    turnover:
                      tenureBands:
                        - {fromYears: 0, toYears: 2, annualRate: 0.20}
                        - {fromYears: 2, annualRate: 0.11}
              - {id: district, name: District, type: district, workforce: [{jobFamily: admin, headcount: 100,
                 salaryByGradeGbp: [25000], turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}]}
            options:
              - id: retention
                name: Retention
                partners: [council]
                interventions:
                  - type: retention
                    startMonth: 3
                    setupCostGbp: 10000
                    effects: {leavingRateReduction: {triangular: [0.0, 0.10, 0.20]}}
            stresses:
              - {id: tight, name: Tight market, type: marketTightening, timeToFillMultiplier: 1.3}
            """;

    private static Scenario bind(String yaml) {
        try {
            return ScenarioLoader.yaml().readValue(yaml, Scenario.class);
        } catch (Exception e) {
            throw new AssertionError("fixture does not bind: " + e.getMessage(), e);
        }
    }

    /** The valid scenario with {@code from}, which must occur exactly once, replaced by {@code to}. */
    private static Scenario with(String from, String to) {
        assertThat(VALID.split(java.util.regex.Pattern.quote(from), -1)).as("'%s' in the fixture once", from).hasSize(2);
        return bind(VALID.replace(from, to));
    }

    private static List<Problem> scenarioProblems(Scenario s) {
        return ScenarioValidator.validate(s);
    }

    private static List<Problem> optionProblems(Scenario s) {
        Checks checks = new Checks();
        OptionValidator.validate(s, checks);
        return checks.problems();
    }

    private static Problem problem(String path, String found, String expected) {
        return new Problem(path, found, expected);
    }

    @Test
    void theFixtureIsValid() {
        assertThat(scenarioProblems(bind(VALID))).isEmpty();
    }

    @Test
    void careerPathsActOnlyThroughTheirMovesSoMayNotAlsoStateACareerLeavingReduction() {
        String careerPaths = VALID.replace("- type: retention", "- type: careerPaths");
        assertThat(optionProblems(bind(careerPaths))).isEmpty();
        assertThat(optionProblems(bind(careerPaths.replace("effects: {leavingRateReduction:",
                "effects: {careerLeavingReduction: 0.1, leavingRateReduction:"))))
                .containsExactly(problem("options[0].interventions[0].effects.careerLeavingReduction",
                        "careerLeavingReduction on careerPaths", "no careerLeavingReduction on this type: its effect is "
                                + "what the simulation does with it (model/ODD.md, one causal route per effect)"));
        // A retention intervention (development that moves nobody) may state it.
        assertThat(optionProblems(with("effects: {leavingRateReduction:",
                "effects: {careerLeavingReduction: 0.1, leavingRateReduction:"))).isEmpty();
    }

    @Test
    void aContractorStatesItsContractWithACouncilOfTheFileAndNoOtherPartnerHasOne() {
        String contractor = "{id: district, name: District, type: contractor, contract: {commissionedBy: %s}, workforce:";
        String from = "{id: district, name: District, type: district, workforce:";
        assertThat(scenarioProblems(with(from, contractor.formatted("council")))).isEmpty();
        assertThat(scenarioProblems(with(from, contractor.formatted("district"))))
                .containsExactly(problem("partners[1].contract.commissionedBy", "\"district\"",
                        "the id of a partner that is not a contractor in this file (council)"));
        assertThat(scenarioProblems(with(from, contractor.formatted("'<script>'"))))
                .containsExactly(problem("partners[1].contract.commissionedBy", "\"<script>\"",
                        "the id of a partner that is not a contractor in this file (council)"));
        assertThat(scenarioProblems(with(from, "{id: district, name: District, type: contractor, workforce:")))
                .containsExactly(problem("partners[1].contract", "nothing",
                        "the contract's terms (commissionedBy, staffPoolable, costsFallToCommissioner)"));
        assertThat(scenarioProblems(with(from, "{id: district, name: District, type: district, "
                + "contract: {commissionedBy: council}, workforce:")))
                .containsExactly(problem("partners[1].contract", "a contract",
                        "no contract (only a partner of type contractor has one)"));
    }

    @Test
    void fullTimeEquivalentsPerHeadAreAShareAboveZero() {
        String part = "        salaryByGradeGbp: [23000, 28000, 36000]\n";
        assertThat(scenarioProblems(with(part, part + "        ftePerHead: 0.75\n"))).isEmpty();
        assertThat(scenarioProblems(with(part, part + "        ftePerHead: 1.5\n")))
                .containsExactly(problem("partners[0].workforce[0].ftePerHead", "1.5", "a share from 0.05 to 1"));
        assertThat(scenarioProblems(with(part, part + "        ftePerHead: {triangular: [0, 0.7, 0.9]}\n")))
                .containsExactly(problem("partners[0].workforce[0].ftePerHead.triangular[0]", "0", "a share from 0.05 to 1"));
    }

    @Test
    void blankText() {
        assertThat(scenarioProblems(with("name: Checked", "name: '  '")))
                .containsExactly(problem("name", "blank text", "a non-blank name"));
    }

    @Test
    void identifiers() {
        assertThat(scenarioProblems(with("id: council", "id: 'my council'")))
                .contains(problem("partners[0].id", "\"my council\"",
                        "an identifier of letters, digits, '-', '_' or '.' (at most 64)"));
    }

    @Test
    void uniqueIds() {
        assertThat(scenarioProblems(with("{id: district, name: District", "{id: council, name: District")))
                .contains(problem("partners[1]", "the id \"council\" again", "unique ids"));
    }

    @Test
    void crossReferences() {
        assertThat(scenarioProblems(with("- jobFamily: admin", "- jobFamily: clerks")))
                .contains(problem("partners[0].workforce[0].jobFamily", "\"clerks\"",
                        "the id of a job family in this file (admin)"));
        assertThat(optionProblems(with("partners: [council]", "partners: [county]")))
                .containsExactly(problem("options[0].partners[0]", "\"county\"",
                        "the id of a partner in this file (council, district)"));
    }

    @Test
    void wholeNumbersInRange() {
        assertThat(scenarioProblems(with("horizonYears: 5", "horizonYears: 61")))
                .containsExactly(problem("appraisal.horizonYears", "61", "a whole number from 1 to 60"));
    }

    @Test
    void sharesAndRates() {
        assertThat(scenarioProblems(with("annualRate: 0.20", "annualRate: 1.2")))
                .containsExactly(problem("partners[0].workforce[0].turnover.tenureBands[0].annualRate", "1.2",
                        "a share between 0 and 1"));
    }

    @Test
    void moneyIsNeverNegative() {
        assertThat(scenarioProblems(with("advertisingGbp: 600", "advertisingGbp: -600")))
                .containsExactly(problem("recruitment.advertisingGbp", "-600", "an amount in GBP from 0 to 10 billion"));
    }

    @Test
    void downsizingInputsNameTheFieldTheValueAndWhatWasExpected() {
        String cut = "headcount: 200\n        establishmentReduction: {posts: %s, month: %s}";
        assertThat(scenarioProblems(with("headcount: 200", cut.formatted(201, 60))))
                .containsExactly(problem("partners[0].workforce[0].establishmentReduction.posts", "201",
                        "a whole number from 0 to 200"),
                        problem("partners[0].workforce[0].establishmentReduction.month", "60",
                                "a whole number from 0 to 59"));
        assertThat(scenarioProblems(with("headcount: 200", cut.formatted(20, -1))))
                .containsExactly(problem("partners[0].workforce[0].establishmentReduction.month", "-1",
                        "a whole number from 0 to 59"));
        assertThat(scenarioProblems(with("type: district\n", "type: district\n    pensionStrainGbp: -5\n"
                + "    redundancyEnhancementGbp: {triangular: [-1, 0, 1]}\n    pensionStrainFromAgeYears: 30\n")))
                .containsExactly(
                        problem("partners[0].redundancyEnhancementGbp.triangular[0]", "-1", "an amount in GBP from 0 to 10 billion"),
                        problem("partners[0].pensionStrainGbp", "-5", "an amount in GBP from 0 to 10 billion"),
                        problem("partners[0].pensionStrainFromAgeYears", "30", "a whole number from 50 to 75"));
        assertThat(optionProblems(with("effects: {leavingRateReduction: {triangular: [0.0, 0.10, 0.20]}}",
                "effects: {retrainingCostGbpPerMove: -3000}")))
                .containsExactly(problem("options[0].interventions[0].effects.retrainingCostGbpPerMove", "-3000",
                        "from 0 to 100000 GBP"));
    }

    @Test
    void sharingInPlaceIsInForceWithoutCostsAndAPublishedCheckNeedsIt() {
        assertThat(optionProblems(with("stresses:\n", "inPlace:\n  - {type: jointLearning, partners: [county], startMonth: 3, "
                + "runningCostGbpPerYear: 500, effects: {trainingCostReduction: 0.2}}\nstresses:\n")))
                .containsExactly(problem("inPlace[0].partners[0]", "\"county\"",
                        "the id of a partner in this file (council, district)"),
                        problem("inPlace[0].startMonth", "3", "nothing: sharing in place is in force from before the appraisal start"),
                        problem("inPlace[0].runningCostGbpPerYear", "500.0",
                                "nothing: the sharing in place costs the same in every arm, so its costs are not booked"));
        assertThat(optionProblems(with("stresses:\n", "publishedChecks:\n  - {id: c, name: Claim, publishedGbpPerYear: -4, "
                + "source: ' ', covers: staffing}\nstresses:\n")))
                .containsExactly(problem("publishedChecks[0].publishedGbpPerYear", "-4", "an amount in GBP from 0 to 10 billion"),
                        problem("publishedChecks[0].source", "nothing", "where the figure comes from"),
                        problem("publishedChecks", "1 checks", "sharing in place (inPlace) to check"));
    }

    @Test
    void everyValueADistributionCanTakeLiesInTheRange() {
        assertThat(scenarioProblems(with("annualRate: 0.20", "annualRate: {uniform: [0.5, 1.5]}")))
                .containsExactly(problem("partners[0].workforce[0].turnover.tenureBands[0].annualRate.uniform[1]", "1.5",
                        "a share between 0 and 1"));
    }

    @Test
    void wellFormedDistributions() {
        assertThat(scenarioProblems(with("[1, 2, 4]", "[3, 2, 4]")))
                .containsExactly(problem("recruitment.timeToFillMonths.triangular", "[3.0, 2.0, 4.0]", "low <= mode <= high"));
        assertThat(scenarioProblems(with("annualRate: 0.20", "annualRate: {normal: {mean: 0.2, sd: 0}}")))
                .containsExactly(problem("partners[0].workforce[0].turnover.tenureBands[0].annualRate.normal.sd", "0",
                        "a standard deviation above 0"));
        assertThat(scenarioProblems(with("setupCostGbp: 10000", "setupCostGbp: {lognormal: {median: 10000, p90: 5000}}")))
                .containsExactly(problem("options[0].interventions[0].setupCostGbp.lognormal", "median 10000, p90 5000",
                        "0 < median < p90"));
        assertThat(scenarioProblems(with("setupCostGbp: 10000", "setupCostGbp: {value: 1, uniform: [0, 2]}")))
                .containsExactly(problem("options[0].interventions[0].setupCostGbp", "2 forms at once",
                        "exactly one of value, triangular, normal, lognormal, uniform"));
    }

    @Test
    void sharesSumToOne() {
        assertThat(scenarioProblems(with("[0.6, 0.3, 0.1]", "[0.6, 0.3, 0.3]")))
                .containsExactly(problem("partners[0].workforce[0].gradeMix", "shares summing to 1.2",
                        "shares summing to 1"));
    }

    @Test
    void listsOnePerGrade() {
        assertThat(scenarioProblems(with("[23000, 28000, 36000]", "[23000, 28000]")))
                .containsExactly(problem("partners[0].workforce[0].salaryByGradeGbp", "2 salaries",
                        "1 salary or 3, one per grade"));
    }

    @Test
    void tenureBandsJoinUp() {
        assertThat(scenarioProblems(with("{fromYears: 2, annualRate: 0.11}", "{fromYears: 3, annualRate: 0.11}")))
                .containsExactly(problem("partners[0].workforce[0].turnover.tenureBands[1].fromYears", "3",
                        "the previous band's toYears (2)"));
    }

    @Test
    void blocksThatMustBeSomewhere() {
        String noRecruitment = VALID.replace("""
                recruitment: {advertisingGbp: 600, adminGbp: 500, checksGbp: 100, inductionGbp: 300,
                              timeToFillMonths: {triangular: [1, 2, 4]}}
                """, "");
        assertThat(noRecruitment).isNotEqualTo(VALID);
        assertThat(scenarioProblems(bind(noRecruitment))).containsExactly(
                problem("partners[0].recruitment", "nothing", "a recruitment block here or at the top level"),
                problem("partners[1].recruitment", "nothing", "a recruitment block here or at the top level"));
    }

    @Test
    void costSharing() {
        assertThat(optionProblems(with("partners: [council]", "partners: [council]\n    costSharing: {method: explicit}")))
                .containsExactly(problem("options[0].costSharing.shares", "nothing", "a share for each partner of the option"));
    }

    @Test
    void anInterventionCoversOnlyItsOptionsPartners() {
        assertThat(optionProblems(with("startMonth: 3", "startMonth: 3\n        partners: [district]")))
                .containsExactly(problem("options[0].interventions[0].partners[0]", "\"district\"",
                        "the id of a partner of this option in this file (council)"));
    }

    @Test
    void monthsWithinTheHorizon() {
        assertThat(optionProblems(with("startMonth: 3", "startMonth: 60")))
                .containsExactly(problem("options[0].interventions[0].startMonth", "60", "a whole number from 0 to 59"));
    }

    @Test
    void anEndMonthFollowsTheStartWithinTheHorizon() {
        assertThat(optionProblems(with("startMonth: 3", "startMonth: 3\n        endMonth: 3")))
                .containsExactly(problem("options[0].interventions[0].endMonth", "3", "a whole number from 4 to 60"));
    }

    @Test
    void aLeadInIsWholeMonthsWithinTheHorizonAndEndsBeforeTheInterventionDoes() {
        assertThat(optionProblems(with("startMonth: 3", "startMonth: 3\n        leadInMonths: -2")))
                .containsExactly(problem("options[0].interventions[0].leadInMonths", "-2", "a whole number from 0 to 59"));
        assertThat(optionProblems(with("startMonth: 3", "startMonth: 3\n        leadInMonths: 6\n        endMonth: 9")))
                .containsExactly(problem("options[0].interventions[0].endMonth", "9", "a whole number from 10 to 60"));
    }

    @Test
    void aDecayHalfLifeIsWholeMonthsAndNeedsAnEndToDecayFrom() {
        assertThat(optionProblems(with("startMonth: 3", "startMonth: 3\n        decayHalfLifeMonths: 12")))
                .containsExactly(problem("options[0].interventions[0].decayHalfLifeMonths", "12",
                        "an endMonth too: the month the upkeep stops and the effect starts to fade"));
        assertThat(optionProblems(with("startMonth: 3", "startMonth: 3\n        endMonth: 24\n        decayHalfLifeMonths: 0")))
                .containsExactly(problem("options[0].interventions[0].decayHalfLifeMonths", "0", "a whole number from 1 to 240"));
    }

    @Test
    void aChangeOfPostsIsAtAPartnerOfTheOptionWithARoleAFiniteChangeAPriceAndAMonthAfterTheStart() {
        assertThat(optionProblems(with("startMonth: 3", "startMonth: 3\n        staffCostChanges: ["
                + "{partner: district, role: ' ', fteChange: -1e9, costPerFteGbpPerYear: -5, fromMonth: 2}]")))
                .containsExactly(problem("options[0].interventions[0].staffCostChanges[0].partner", "\"district\"",
                                "the id of a partner of this option in this file (council)"),
                        problem("options[0].interventions[0].staffCostChanges[0].role", "blank text", "a non-blank name"),
                        problem("options[0].interventions[0].staffCostChanges[0].fteChange", "-1000000000",
                                "full-time posts from -100000 (removed) to 100000 (added)"),
                        problem("options[0].interventions[0].staffCostChanges[0].costPerFteGbpPerYear", "-5",
                                "an amount in GBP from 0 to 10 billion"),
                        problem("options[0].interventions[0].staffCostChanges[0].fromMonth", "2",
                                "a whole number from 3 to 59"));
    }

    @Test
    void aStopRuleIsReviewedAfterTheStartWithAShareAndNoNegativeCost() {
        assertThat(optionProblems(with("startMonth: 3", "startMonth: 3\n        stopIf: {indicator: vacancyMonths, "
                + "reductionBelow: 1.5, reviewMonth: 2, windDownCostGbp: -1}")))
                .containsExactly(problem("options[0].interventions[0].stopIf.reviewMonth", "2", "a whole number from 4 to 59"),
                        problem("options[0].interventions[0].stopIf.reductionBelow", "1.5", "a share from 0 to 1"),
                        problem("options[0].interventions[0].stopIf.windDownCostGbp", "-1", "an amount in GBP from 0 to 10 billion"));
    }

    @Test
    void aWithdrawalNamesAPartnerOfTheOptionOnceWithinTheHorizon() {
        assertThat(optionProblems(with("partners: [council]", "partners: [council]\n    withdrawals: "
                + "[{partner: council, month: 24, exitFeeGbp: -5}, {partner: council, month: 30}, {partner: district, month: 60}]")))
                .containsExactly(problem("options[0].withdrawals[0].exitFeeGbp", "-5", "an amount in GBP from 0 to 10 billion"),
                        problem("options[0].withdrawals[0].exitFeeGbp", "a fee when the last partner leaves (month 24)",
                                "no exit fee: no partner of the option stays after month 24 to receive it (the option "
                                        + "ends when its last partner leaves)"),
                        problem("options[0].withdrawals[1].partner", "council", "each partner withdrawing once"),
                        problem("options[0].withdrawals[2].partner", "\"district\"",
                                "the id of a partner of this option in this file (council)"),
                        problem("options[0].withdrawals[2].month", "60", "a whole number from 1 to 59"));
    }

    @Test
    void anExitFeeNeedsAPartnerStayingToReceiveIt() {
        // Both partners of the option leave; the fee on the first is paid to the one staying, the last has nobody.
        assertThat(optionProblems(with("partners: [council]", "partners: [council, district]\n    withdrawals: "
                + "[{partner: district, month: 12, exitFeeGbp: 1000}, {partner: council, month: 36, exitFeeGbp: 1000}]")))
                .containsExactly(problem("options[0].withdrawals[1].exitFeeGbp", "a fee when the last partner leaves (month 36)",
                        "no exit fee: no partner of the option stays after month 36 to receive it (the option ends when "
                                + "its last partner leaves)"));
    }

    @Test
    void effectsWithinTheirDeclaredRange() {
        assertThat(optionProblems(with("effects: {leavingRateReduction: {triangular: [0.0, 0.10, 0.20]}}",
                "effects: {leavingRateReduction: 0.1, talentBankMonths: 61}")))
                .containsExactly(problem("options[0].interventions[0].effects.talentBankMonths", "61", "from 0 to 60 months"));
    }

    @Test
    void stressesStateWhatTheirTypeNeeds() {
        assertThat(optionProblems(with("timeToFillMultiplier: 1.3", "startMonth: 2")))
                .containsExactly(problem("stresses[0]", "neither timeToFillMultiplier nor campaignFailureIncrease",
                        "at least one of them"));
        assertThat(optionProblems(with("type: marketTightening, timeToFillMultiplier: 1.3",
                "type: establishmentCut, establishmentChange: 0.05")))
                .containsExactly(problem("stresses[0].establishmentChange", "0.05", "a cut from -0.9 to just below 0"));
    }

    @Test
    void sizeLimits() {
        StringBuilder options = new StringBuilder("options:\n");
        for (int k = 0; k <= OptionValidator.MAX_OPTIONS; k++) {
            options.append("  - {id: o").append(k).append(", name: O").append(k)
                    .append(", interventions: [{type: retention}]}\n");
        }
        String many = VALID.substring(0, VALID.indexOf("options:")) + options + VALID.substring(VALID.indexOf("stresses:"));
        assertThat(optionProblems(bind(many))).containsExactly(problem("options", "31 options", "at most 30"));
    }

    @Test
    void budgetSplits() {
        assertThat(scenarioProblems(bind(VALID + "budgetSplit: {option: retention, budgetGbp: 50000, years: 2}\n")))
                .containsExactly(problem("budgetSplit.option", "option \"retention\" with no doseResponse on any intervention",
                        "an option with at least one intervention that states a doseResponse"));
    }
}
