package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.FinancialCase;
import org.onepool.model.finance.GdpDeflator;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * A cost-only option priced by hand, through the whole pipeline: set-up in 2017-18 prices, running costs in
 * 2024-25 prices, the price base 2022-23, a start in October 2022 (a six-month first year), rebased with the
 * bundled GDP deflator (ONS series YBGB, release of 30 June 2025, 2022 = 100; financial years as the mean of
 * their quarters: 2017-18 87.000, 2022-23 102.000, 2024-25 112.375). The option changes nothing else, so on common random numbers its ledger is business as
 * usual's plus its own costs.
 */
class HandPricedOptionTest {
    private static final String YAML = """
            name: hand-priced option
            appraisal:
              startMonth: 2022-10
              horizonYears: 2
              priceBaseYear: 2022-23
              optimismBias: {setupUplift: 0.5, setupMitigation: 0.2, runningUplift: 0.41, runningMitigation: 0.5}
              nominal:
                - {fromYear: 2023-24, payAward: 0.05, priceInflation: 0.03, source: test}
                - {fromYear: 2024-25, payAward: 0.05, priceInflation: 0.02, source: test}
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 1}
            recruitment: {advertisingGbp: 900, adminGbp: 700, checksGbp: 150, inductionGbp: 300, timeToFillMonths: 2}
            partners:
              - id: only
                name: Only Council
                type: county
                workforce:
                  - {jobFamily: admin, headcount: 40, salaryByGradeGbp: [23000],
                     turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}
            options:
              - id: costs
                name: Costs only
                interventions:
                  - {type: retention, setupCostGbp: 10000, priceYear: 2017-18}
                  - {type: careerPaths, runningCostGbpPerYear: 1200, priceYear: 2024-25}
            """;

    private static Scenario scenario(String yaml) throws ScenarioException {
        return ScenarioLoader.parse(yaml, false, GdpDeflator.bundled());
    }

    @Test
    void economicNpvAndFinancialCashEqualTheHandFiguresToThePenny() throws Exception {
        Scenario s = scenario(YAML);
        ExperimentPlan plan = new ExperimentPlan(1, 99, 1, null, false, false, 1, 1, 1);
        OptionAppraisal a = new Experiment(s, plan).replicate(0, 1).get(0).options().get(0).appraisal();
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal setup = new BigDecimal(10_000).multiply(new BigDecimal("102.000")).divide(new BigDecimal("87.000"), mc);
        BigDecimal monthly = new BigDecimal(100).multiply(new BigDecimal("102.000")).divide(new BigDecimal("112.375"), mc);
        BigDecimal d = new BigDecimal("1.035");
        BigDecimal discountedMonths = new BigDecimal(6).add(new BigDecimal(12).divide(d, mc))
                .add(new BigDecimal(6).divide(d.pow(2), mc));
        BigDecimal economic = setup.multiply(new BigDecimal("1.4"))
                .add(monthly.multiply(new BigDecimal("1.205")).multiply(discountedMonths)).negate();
        assertThat(a.npv()).isCloseTo(economic.doubleValue(), within(0.005));
        BigDecimal nominalMonths = new BigDecimal(6).add(new BigDecimal("12.36")).add(new BigDecimal("6.3036"));
        BigDecimal cash = setup.add(monthly.multiply(nominalMonths)).negate();
        FinancialCase f = a.financial();
        assertThat(f.totalNet()).isCloseTo(cash.doubleValue(), within(0.005));
        assertThat(f.net(0, 0)).isCloseTo(setup.add(monthly.multiply(new BigDecimal(6))).negate().doubleValue(),
                within(0.005));
    }

    @Test
    void aPriceYearOutsideTheDeflatorSeriesIsRefusedWithTheRangeItCovers() {
        assertThatThrownBy(() -> scenario(YAML.replace("priceYear: 2017-18", "priceYear: 2025-26")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("options[0].interventions[0].priceYear")
                .hasMessageContaining("2025-26")
                .hasMessageContaining("1955-56 to 2024-25");
        assertThatThrownBy(() -> scenario(YAML.replace("priceYear: 2017-18", "priceYear: 2017-19")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("a financial year such as 2024-25");
    }

    @Test
    void oneMoneyInputMayStateItsOwnPriceYearWhichWinsOverItsBlocks() throws Exception {
        String yaml = YAML.replace("recruitment: {advertisingGbp: 900, adminGbp: 700,",
                "recruitment: {priceYear: 2024-25, advertisingGbp: {triangular: [870, 900, 1000], priceYear: 2017-18}, "
                        + "adminGbp: 700,");
        Scenario s = scenario(yaml);
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal fromThe2017s = new BigDecimal("102.000").divide(new BigDecimal("87.000"), mc);
        BigDecimal fromThe2024s = new BigDecimal("102.000").divide(new BigDecimal("112.375"), mc);
        List<Double> advertising = s.recruitment().advertisingGbp().triangular();
        assertThat(advertising.get(0)).isCloseTo(new BigDecimal(870).multiply(fromThe2017s).doubleValue(), within(1e-9));
        assertThat(advertising.get(1)).isCloseTo(new BigDecimal(900).multiply(fromThe2017s).doubleValue(), within(1e-9));
        assertThat(advertising.get(2)).isCloseTo(new BigDecimal(1000).multiply(fromThe2017s).doubleValue(), within(1e-9));
        assertThat(s.recruitment().adminGbp().value()).isCloseTo(
                new BigDecimal(700).multiply(fromThe2024s).doubleValue(), within(1e-9));
        // Written back, the scenario is at the base year's prices and loads equal (no second rebasing).
        assertThat(ScenarioLoader.parse(ScenarioLoader.toJson(s), true, GdpDeflator.bundled())).isEqualTo(s);
    }

    @Test
    void aPriceYearOnANumberThatIsNotMoneyIsRefusedNamingIt() {
        String yaml = YAML.replace("timeToFillMonths: 2}", "timeToFillMonths: {value: 2, priceYear: 2017-18}}");
        assertThatThrownBy(() -> scenario(yaml)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("recruitment.timeToFillMonths").hasMessageContaining("priceYear");
        String future = YAML.replace("advertisingGbp: 900,", "advertisingGbp: {value: 900, priceYear: 2031-32},");
        assertThatThrownBy(() -> scenario(future)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("recruitment.advertisingGbp.priceYear").hasMessageContaining("2031-32")
                .hasMessageContaining("1955-56 to 2024-25");
    }
}
