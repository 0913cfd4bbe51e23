package org.onepool.model.workforce;

import org.onepool.model.scenario.Recruitment;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * External recruitment per partner: what a campaign costs, how long it takes and how often it fails
 * (more often for a hard-to-recruit family); internal appointment campaigns; notice before a start.
 * Filled here and only read afterwards.
 *
 * @param hardToRecruit            per family
 * @param recruitDuringNoticeShare per family: share of vacancies whose campaign starts in the notice period
 */
record RecruitmentParameters(double[] advertisingGbp, double[] adminGbp, double[] checksGbp,
                             double[] failureProbability, double[] hardFailureProbability,
                             EventDistribution[] timeToFillMonths, boolean[] hardToRecruit,
                             double[] noticeMonths, double[] internalCampaignGbp, double[] internalTimeToFillMonths,
                             double[] recruitDuringNoticeShare) {

    static RecruitmentParameters of(Scenario scenario, Layout layout, ScenarioValues v) {
        int n = layout.partners();
        RecruitmentParameters out = new RecruitmentParameters(new double[n], new double[n], new double[n],
                new double[n], new double[n], new EventDistribution[n], new boolean[layout.families()],
                new double[n], new double[n], new double[n], new double[layout.families()]);
        for (int f = 0; f < layout.families(); f++) {
            out.hardToRecruit[f] = scenario.jobFamilies().get(f).hardToRecruit();
            out.recruitDuringNoticeShare[f] = v.of(scenario.jobFamilies().get(f).recruitDuringNoticeShare(), 0, 1);
        }
        for (int p = 0; p < n; p++) {
            Recruitment r = scenario.recruitmentOf(scenario.partners().get(p));
            out.advertisingGbp[p] = v.of(r.advertisingGbp(), 0, Double.MAX_VALUE);
            out.adminGbp[p] = v.of(r.adminGbp(), 0, Double.MAX_VALUE);
            out.checksGbp[p] = v.of(r.checksGbp(), 0, Double.MAX_VALUE);
            out.failureProbability[p] = v.of(r.campaignFailureProbability(), 0, 0.95);
            out.hardFailureProbability[p] = v.of(r.hardToRecruitFailureProbability(), 0, 0.95);
            out.timeToFillMonths[p] = new EventDistribution(r.timeToFillMonths(), 0.1, 60);
            out.noticeMonths[p] = v.of(r.noticePeriodMonths(), 0, 12);
            out.internalCampaignGbp[p] = r.internalCampaignGbp() == null ? out.adminGbp[p]
                    : v.of(r.internalCampaignGbp(), 0, Double.MAX_VALUE);
            out.internalTimeToFillMonths[p] = v.of(r.internalTimeToFillMonths(), 0, 60);
        }
        return out;
    }

    /** The chance a campaign for a family fails at a partner, before any effect. */
    double failureProbability(int partner, int family) {
        return hardToRecruit[family] ? hardFailureProbability[partner] : failureProbability[partner];
    }
}
