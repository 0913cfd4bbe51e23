package org.onepool.model.workforce;

import org.onepool.model.scenario.Recruitment;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * How each partner covers a vacant post: the share covered by agency staff at a premium on salary, and
 * the cost of lost service for the rest. Filled here and only read afterwards.
 */
record CoverParameters(double[] agencyCoverShare, double[] agencyPremiumRate, double[] unfilledPostCostRate) {

    static CoverParameters of(Scenario scenario, Layout layout, ScenarioValues v) {
        int n = layout.partners();
        CoverParameters out = new CoverParameters(new double[n], new double[n], new double[n]);
        for (int p = 0; p < n; p++) {
            Recruitment r = scenario.recruitmentOf(scenario.partners().get(p));
            out.agencyCoverShare[p] = v.of(r.agencyCoverShare(), 0, 1);
            out.agencyPremiumRate[p] = v.of(r.agencyPremiumRate(), 0, 5);
            out.unfilledPostCostRate[p] = v.of(r.unfilledPostCostRate(), 0, 5);
        }
        return out;
    }

    /** A vacant post's cost for a month at a partner, GBP: agency premium on the covered share, lost service on the rest. */
    double vacantMonthGbp(int partner, double monthlySalaryGbp) {
        double share = agencyCoverShare[partner];
        return monthlySalaryGbp * (share * agencyPremiumRate[partner] + (1 - share) * unfilledPostCostRate[partner]);
    }
}
