package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.CaseSettings;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.finance.Ledger;
import org.onepool.model.finance.PayBill;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/** The pay bill the ledger books, against figures worked by hand. */
class PayBillTest {

    /**
     * 100 staff at £30,000, on-costs 30% (the default), nobody leaves: business as usual's pay bill is
     * 100 x 30,000 x 1.3 = £3,900,000 in each full financial year, with no agency spend and no underspend.
     */
    @Test
    void businessAsUsualPayBillOfOnePartnerIsItsStaffTimesSalaryAndOnCosts() {
        Scenario s = TestScenarios.constantHazard(100, 0.0, "3", 0.0, 2);
        ArmResult base = Replication.run(s, ScenarioValues.central(), 11, List.of(Arm.BASELINE)).get(0);
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 24);
        PayBill bill = PayBill.of(base.ledger(), years, CaseSettings.plain(2, EnumSet.noneOf(CostCategory.class)));
        for (int y = 0; y < 2; y++) {
            assertThat(bill.amount(0, y, PayBill.Line.PAY_BILL)).isCloseTo(3_900_000, within(0.01));
            assertThat(bill.amount(0, y, PayBill.Line.PAY_IN_POST)).isCloseTo(3_900_000, within(0.01));
            assertThat(bill.amount(0, y, PayBill.Line.AGENCY_SPEND)).isZero();
            assertThat(bill.amount(0, y, PayBill.Line.VACANT_POST_UNDERSPEND)).isZero();
        }
        // Nominal: a 4% pay award from the second year on raises that year's bill by exactly 4%.
        CaseSettings awarded = CaseSettings.of(EnumSet.noneOf(CostCategory.class), true, 0, 2027, 2027, 2,
                fy -> fy >= 2028 ? 0.04 : 0, fy -> 0);
        assertThat(PayBill.of(base.ledger(), years, awarded).amount(0, 1, PayBill.Line.PAY_BILL))
                .isCloseTo(4_056_000, within(0.01));
    }

    /**
     * One of 10 posts (salary £30,000, on-costs 30%: pay £3,250 a month) held vacant for 4 months, half
     * covered by agency at a 30% premium, lost service worth 50% of salary on the uncovered half:
     * underspend 4 x 3,250 = £13,000; agency spend in full 4 x 0.5 x (3,250 + 750) = £8,000; lost service
     * net of the pay released 4 x 0.5 x (1,250 - 3,250) = -£4,000; pay of the nine in post 9 x 13,000.
     */
    @Test
    void aVacancyHeldOpenForKnownMonthsBooksTheUnderspendAgencyInFullAndLostServiceNetOfPay() {
        Scenario s = TestScenarios.parse(TestScenarios.constantHazardYaml(10, 0.0, "3", 0.0, 1)
                .replace("  campaignFailureProbability:", "  agencyCoverShare: 0.5\n  agencyPremiumRate: 0.3\n"
                        + "  unfilledPostCostRate: 0.5\n  campaignFailureProbability:")
                .replace("simulation: {warmUpYears: 1}", "simulation: {warmUpYears: 0}"));
        ScenarioValues values = ScenarioValues.central();
        Parameters params = new Parameters(s, values);
        RandomStreams streams = new RandomStreams(1);
        WorkforceState state = new PopulationBuilder(params, streams).initialState(0);
        assertThat(state.inPost[0]).isEqualTo(10);
        ArmEffects effects = new ArmEffects(params, Arm.BASELINE, values);
        WorkforceModel m = new WorkforceModel(params, effects, state, new Hazards(params), streams, 0, 1);
        // The post's holder has gone; the vacancy is open and nobody is recruited to it.
        state.inPost[0]--;
        state.vacancies.open(0, 0, state.vacanciesOpened[0]++);
        state.openVacancies[0]++;
        for (int month = 0; month < 4; month++) {
            m.month = month;
            effects.update(month);
            new CoverPhase().step(m);
            new LedgerPhase().step(m);
        }
        Ledger l = m.ledger;
        double underspend = 0, agency = 0, lostService = 0, inPost = 0;
        for (int month = 0; month < 4; month++) {
            underspend += l.get(month, 0, CostCategory.VACANT_POST_PAY);
            agency += l.get(month, 0, CostCategory.AGENCY_COVER) + l.get(month, 0, CostCategory.AGENCY_PREMIUM);
            lostService += l.get(month, 0, CostCategory.UNFILLED_POSTS);
            inPost += l.get(month, 0, CostCategory.PAY_IN_POST);
        }
        assertThat(underspend).isCloseTo(13_000, within(1e-6));
        assertThat(agency).isCloseTo(8_000, within(1e-6));
        assertThat(lostService).isCloseTo(-4_000, within(1e-6));
        assertThat(inPost).isCloseTo(117_000, within(1e-6));
        PayBill bill = PayBill.of(l, new FinancialYears(YearMonth.of(2027, 4), 12),
                CaseSettings.plain(1, EnumSet.noneOf(CostCategory.class)));
        assertThat(bill.amount(0, 0, PayBill.Line.VACANT_POST_UNDERSPEND)).isCloseTo(13_000, within(1e-6));
        assertThat(bill.amount(0, 0, PayBill.Line.PAY_BILL)).isCloseTo(117_000 + 8_000, within(1e-6));
    }

    /**
     * Heads, not FTE: 100 staff at a full-time £30,000 working 0.6 of full time on average cost
     * 100 x 30,000 x 0.6 x 1.3 = £2,340,000 a year. The pay gap that drives leaving compares full-time rates
     * (market £36,000 against £30,000 whatever the hours), so the same replication loses exactly the same
     * staff, and every pay line is 0.6 of the full-time run's.
     */
    @Test
    void partTimeHeadsCostTheirShareOfAFullTimeSalaryAndLeaveAsFullTimersWould() {
        String yaml = TestScenarios.constantHazardYaml(100, 0.15, "3", 0.1, 2)
                .replace("marketSalaryGbp: 30000", "marketSalaryGbp: 36000")
                .replace("payGapSensitivity: 0", "payGapSensitivity: 3");
        Scenario fullTime = TestScenarios.parse(yaml);
        Scenario partTime = TestScenarios.parse(yaml.replace("        headcount: 100\n",
                "        headcount: 100\n        ftePerHead: 0.6\n"));
        assertThat(partTime.partners().get(0).workforce().get(0).ftePerHead().value()).isEqualTo(0.6);
        ArmResult full = Replication.run(fullTime, ScenarioValues.central(), 11, List.of(Arm.BASELINE)).get(0);
        ArmResult part = Replication.run(partTime, ScenarioValues.central(), 11, List.of(Arm.BASELINE)).get(0);
        assertThat(part.series().total(Measure.LEAVERS_PAY)).isPositive();
        for (Measure leavers : Measure.LEAVERS) {
            assertThat(part.series().total(leavers)).as(leavers.name()).isEqualTo(full.series().total(leavers));
        }
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 24);
        CaseSettings plain = CaseSettings.plain(2, EnumSet.noneOf(CostCategory.class));
        PayBill fullBill = PayBill.of(full.ledger(), years, plain);
        PayBill partBill = PayBill.of(part.ledger(), years, plain);
        for (int y = 0; y < 2; y++) {
            for (PayBill.Line line : List.of(PayBill.Line.PAY_IN_POST, PayBill.Line.VACANT_POST_UNDERSPEND,
                    PayBill.Line.AGENCY_SPEND, PayBill.Line.PAY_BILL)) {
                assertThat(partBill.amount(0, y, line)).as(line + " year " + y)
                        .isCloseTo(0.6 * fullBill.amount(0, y, line), within(1e-6));
            }
        }
        assertThat(fullBill.amount(0, 0, PayBill.Line.PAY_IN_POST)).isPositive();
        // With nobody leaving, the part-time bill is the hand figure.
        Scenario stable = TestScenarios.parse(TestScenarios.constantHazardYaml(100, 0.0, "3", 0.0, 2)
                .replace("        headcount: 100\n", "        headcount: 100\n        ftePerHead: 0.6\n"));
        ArmResult base = Replication.run(stable, ScenarioValues.central(), 11, List.of(Arm.BASELINE)).get(0);
        assertThat(PayBill.of(base.ledger(), years, plain).amount(0, 1, PayBill.Line.PAY_BILL))
                .isCloseTo(2_340_000, within(0.01));
    }
}
