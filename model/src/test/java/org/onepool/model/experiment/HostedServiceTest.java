package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.onepool.model.finance.FinancialCase;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * A shared service hosted by one partner and recharged to the other by the cost-sharing rule, through a
 * scenario file: set-up £8,000 in the first month, shares 25% (host) and 75%, one year, no optimism bias.
 * The host pays £8,000 and receives £6,000 from the other partner: a transfer, cost to one and income to the
 * other in the financial case, nothing in the economic case.
 */
class HostedServiceTest {
    private static final String YAML = """
            name: hosted service
            appraisal:
              startMonth: 2027-04
              horizonYears: 1
              optimismBias: {costUplift: 0, mitigation: 0}
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 1}
            recruitment: {advertisingGbp: 900, adminGbp: 700, checksGbp: 150, inductionGbp: 300, timeToFillMonths: 2}
            partners:
              - id: host
                name: Host Council
                type: county
                workforce:
                  - {jobFamily: admin, headcount: 40, salaryByGradeGbp: [23000],
                     turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}
              - id: other
                name: Other Council
                type: district
                workforce:
                  - {jobFamily: admin, headcount: 30, salaryByGradeGbp: [23000],
                     turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}
            options:
              - id: shared
                name: Shared service
                costSharing: {method: explicit, shares: {host: 0.25, other: 0.75}HOSTED}
                interventions:
                  - {type: retention, setupCostGbp: 8000}
            """;

    private static OptionAppraisal appraised(String hosted) throws ScenarioException {
        Scenario s = ScenarioLoader.parse(YAML.replace("HOSTED", hosted), false);
        ExperimentPlan plan = new ExperimentPlan(1, 5, 1, null, false, false, 1, 1, 1);
        return new Experiment(s, plan).replicate(0, 1).get(0).options().get(0).appraisal();
    }

    @Test
    void aHostedServiceIsCostAndIncomeBetweenPartnersInTheFinancialCaseAndNothingInTheEconomicCase() throws Exception {
        OptionAppraisal direct = appraised("");
        OptionAppraisal hosted = appraised(", hostedBy: host");
        FinancialCase f = hosted.financial();
        int host = 0;
        int other = 1;
        assertThat(f.cell(host, CostCategory.INTERVENTION_SETUP.ordinal(), 0)).isCloseTo(-8_000, within(1e-9));
        assertThat(f.cell(host, CostCategory.TRANSFERS.ordinal(), 0)).isCloseTo(6_000, within(1e-9));
        assertThat(f.cell(other, CostCategory.INTERVENTION_SETUP.ordinal(), 0)).isZero();
        assertThat(f.cell(other, CostCategory.TRANSFERS.ordinal(), 0)).isCloseTo(-6_000, within(1e-9));
        // Each partner's net cash is its share, as when each pays directly; the whole is unchanged.
        assertThat(f.net(host, 0)).isCloseTo(direct.financial().net(host, 0), within(1e-9));
        assertThat(f.net(other, 0)).isCloseTo(direct.financial().net(other, 0), within(1e-9));
        assertThat(f.totalNet()).isCloseTo(direct.financial().totalNet(), within(1e-9));
        assertThat(direct.financial().cell(host, CostCategory.INTERVENTION_SETUP.ordinal(), 0)).isCloseTo(-2_000,
                within(1e-9));
        assertThat(direct.financial().cell(host, CostCategory.TRANSFERS.ordinal(), 0)).isZero();
        // The economic case does not see the recharge: the same NPSV, cells and transfers line (none).
        assertThat(hosted.npv()).isEqualTo(direct.npv());
        assertThat(hosted.cells()).isDeepEqualTo(direct.cells());
        assertThat(hosted.cell(host, CostCategory.TRANSFERS, 0)).isZero();
    }

    @Test
    void aHostThatIsNotAPartnerOfTheOptionIsRefusedNamingTheField() {
        assertThatThrownBy(() -> appraised(", hostedBy: nobody")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("options[0].costSharing.hostedBy").hasMessageContaining("nobody");
    }
}
