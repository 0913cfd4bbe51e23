package org.onepool.model.workforce;

import org.onepool.model.scenario.Recruitment;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * External recruitment per partner: what a campaign costs, how long it takes and how often it fails
 * (more often for a hard-to-recruit family). Filled here and only read afterwards.
 *
 * @param hardToRecruit per family
 */
record RecruitmentParameters(double[] advertisingGbp, double[] adminGbp, double[] checksGbp,
                             double[] failureProbability, double[] hardFailureProbability,
                             EventDistribution[] timeToFillMonths, boolean[] hardToRecruit) {

    static RecruitmentParameters of(Scenario scenario, Layout layout, ScenarioValues v) {
        int n = layout.partners();
        RecruitmentParameters out = new RecruitmentParameters(new double[n], new double[n], new double[n],
                new double[n], new double[n], new EventDistribution[n], new boolean[layout.families()]);
        for (int f = 0; f < layout.families(); f++) out.hardToRecruit[f] = scenario.jobFamilies().get(f).hardToRecruit();
        for (int p = 0; p < n; p++) {
            Recruitment r = scenario.recruitmentOf(scenario.partners().get(p));
            out.advertisingGbp[p] = v.of(r.advertisingGbp(), 0, Double.MAX_VALUE);
            out.adminGbp[p] = v.of(r.adminGbp(), 0, Double.MAX_VALUE);
            out.checksGbp[p] = v.of(r.checksGbp(), 0, Double.MAX_VALUE);
            out.failureProbability[p] = v.of(r.campaignFailureProbability(), 0, 0.95);
            out.hardFailureProbability[p] = v.of(r.hardToRecruitFailureProbability(), 0, 0.95);
            out.timeToFillMonths[p] = new EventDistribution(r.timeToFillMonths(), 0.1, 60);
        }
        return out;
    }

    /** The chance a campaign for a family fails at a partner, before any effect. */
    double failureProbability(int partner, int family) {
        return hardToRecruit[family] ? hardFailureProbability[partner] : failureProbability[partner];
    }
}
