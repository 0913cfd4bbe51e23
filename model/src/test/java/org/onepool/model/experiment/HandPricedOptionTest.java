package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.FinancialCase;
import org.onepool.model.finance.GdpDeflator;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * A cost-only option priced by hand, through the whole pipeline: set-up in 1958-59 prices, running costs in
 * 1962-63 prices, the price base 1960-61, a start in October 1960 (a six-month first year), rebased with the
 * bundled HM Treasury GDP deflator (Autumn Budget 2017, 2016-17 = 100: 1958-59 4.929, 1960-61 5.055,
 * 1962-63 5.387). The option changes nothing else, so on common random numbers its ledger is business as
 * usual's plus its own costs.
 */
class HandPricedOptionTest {
    private static final String YAML = """
            name: hand-priced option
            appraisal:
              startMonth: 1960-10
              horizonYears: 2
              priceBaseYear: 1960-61
              optimismBias: {setupUplift: 0.5, setupMitigation: 0.2, runningUplift: 0.41, runningMitigation: 0.5}
              nominal:
                - {fromYear: 1961-62, payAward: 0.05, priceInflation: 0.03, source: test}
                - {fromYear: 1962-63, payAward: 0.05, priceInflation: 0.02, source: test}
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
                  - {type: retention, setupCostGbp: 10000, priceYear: 1958-59}
                  - {type: careerPaths, runningCostGbpPerYear: 1200, priceYear: 1962-63}
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
        BigDecimal setup = new BigDecimal(10_000).multiply(new BigDecimal("5.055")).divide(new BigDecimal("4.929"), mc);
        BigDecimal monthly = new BigDecimal(100).multiply(new BigDecimal("5.055")).divide(new BigDecimal("5.387"), mc);
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
        assertThatThrownBy(() -> scenario(YAML.replace("priceYear: 1958-59", "priceYear: 2001-02")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("options[0].interventions[0].priceYear")
                .hasMessageContaining("2001-02")
                .hasMessageContaining("1955-56 to 1963-64");
        assertThatThrownBy(() -> scenario(YAML.replace("priceYear: 1958-59", "priceYear: 1958-60")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("a financial year such as 2024-25");
    }
}
