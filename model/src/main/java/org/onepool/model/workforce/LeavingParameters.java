package org.onepool.model.workforce;

import java.util.List;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.TenureBand;
import org.onepool.model.scenario.Turnover;
import org.onepool.model.scenario.Workforce;

/**
 * Who leaves and why: per partner x job family the monthly leaving probability of each tenure band and
 * the drivers that scale it (stagnation, pay gap, engagement), the leaver-reason shares, and the
 * redeployment period and redundancy cost of staff at risk. The arrays are filled here and only read
 * afterwards; they are not copied because the leaving pass indexes them for every person.
 *
 * @param stagnationMonths       months in the same post after which a person is stagnating
 * @param redeploymentMonths     months at risk before redundancy
 * @param redundancyCostGbp      per partner: one compulsory redundancy
 * @param engagedShare           per pf: share of staff engaged in business as usual
 * @param payGap                 per pf: shortfall of the mix-weighted salary below market, as a share
 * @param stagnationHazardRatio  per pf
 * @param payGapSensitivity      per pf
 * @param disengagedHazardRatio  per pf
 * @param reasonShares           per pf: leaver shares by reason (career, pay, relocation, other)
 * @param bandMonthlyProbability per pf: monthly leaving probability of each tenure band
 * @param allCauseTurnover       per pf: the stated leavers of every reason / staff in post a year the band
 *                               rates are scaled to hit, or NaN when the bands' own rates stand
 * @param bandOfTenure           per pf x tenure month, end to end: the tenure band ({@link #at})
 * @param nextBandTenure         per pf x tenure month, end to end: the next tenure in another band, or
 *                               {@link #NO_NEXT_BAND}
 */
record LeavingParameters(int stagnationMonths, int redeploymentMonths, double[] redundancyCostGbp,
                         double[] engagedShare, double[] payGap, double[] stagnationHazardRatio,
                         double[] payGapSensitivity, double[] disengagedHazardRatio, double[][] reasonShares,
                         double[][] bandMonthlyProbability, double[] allCauseTurnover, byte[] bandOfTenure, short[] nextBandTenure) {
    /** Tenure tables run to 60 years; longer tenure uses the last entry. */
    static final int MAX_TENURE_MONTHS = 720;
    static final short NO_NEXT_BAND = Short.MAX_VALUE;

    static LeavingParameters of(Scenario scenario, Layout layout, PostParameters posts, ScenarioValues values) {
        int pfs = layout.pfs();
        var sim = scenario.simulation();
        LeavingParameters leaving = new LeavingParameters(sim.stagnationThresholdMonths(), sim.redeploymentMonths(),
                new double[layout.partners()], new double[pfs], new double[pfs], new double[pfs], new double[pfs],
                new double[pfs], new double[pfs][], new double[pfs][], new double[pfs], new byte[pfs * (MAX_TENURE_MONTHS + 1)],
                new short[pfs * (MAX_TENURE_MONTHS + 1)]);
        for (int p = 0; p < layout.partners(); p++) {
            Partner partner = scenario.partners().get(p);
            leaving.redundancyCostGbp[p] = values.of(partner.redundancyCostGbp(), 0, Double.MAX_VALUE);
            for (Workforce w : partner.workforce()) {
                int f = PostParameters.familyIndex(scenario, w.jobFamily());
                leaving.workforce(layout, p, f, w, scenario.jobFamilies().get(f), posts, values);
            }
        }
        return leaving;
    }

    private void workforce(Layout layout, int p, int f, Workforce w, JobFamily family, PostParameters posts,
                           ScenarioValues v) {
        int pf = layout.pf(p, f);
        double[] mix = PostParameters.gradeMix(w, family.grades());
        double salarySum = 0;
        for (int g = 0; g < family.grades(); g++) salarySum += posts.salaryGbp()[layout.cell(p, f, g)] * mix[g];
        engagedShare[pf] = v.of(w.engagedShare(), 0, 1);
        salarySum /= posts.ftePerHead()[pf]; // the pay gap compares full-time rates
        double market = v.of(family.marketSalaryGbp(), 1, Double.MAX_VALUE);
        payGap[pf] = Math.max(0, (market - salarySum) / market);
        Turnover t = w.turnover();
        stagnationHazardRatio[pf] = v.of(t.drivers().stagnationHazardRatio(), 1, 10);
        payGapSensitivity[pf] = v.of(t.drivers().payGapSensitivity(), 0, 10);
        disengagedHazardRatio[pf] = v.of(t.drivers().disengagedHazardRatio(), 1, 10);
        var r = t.reasons();
        reasonShares[pf] = new double[] {r.career(), r.pay(), r.relocation(), r.other()};
        tenureTables(pf, t.tenureBands(), v);
        allCauseTurnover[pf] = t.allCauseAnnualTurnover() == null ? Double.NaN : v.of(t.allCauseAnnualTurnover(), 0, 1);
    }

    private void tenureTables(int pf, List<TenureBand> bands, ScenarioValues v) {
        double[] monthly = new double[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            double annual = v.of(bands.get(b).annualRate(), 0, 1);
            // An annual rate is a one-year leaving probability; the monthly equivalent compounds to it.
            monthly[b] = 1 - Math.pow(1 - annual, 1.0 / 12);
        }
        for (int m = 0; m <= MAX_TENURE_MONTHS; m++) {
            double years = m / 12.0;
            int band = 0;
            for (int b = 0; b < bands.size(); b++) {
                if (years >= bands.get(b).fromYears()) band = b;
            }
            bandOfTenure[at(pf, m)] = (byte) band;
        }
        short next = NO_NEXT_BAND;
        for (int m = MAX_TENURE_MONTHS; m >= 0; m--) {
            nextBandTenure[at(pf, m)] = next;
            if (m > 0 && bandOfTenure[at(pf, m - 1)] != bandOfTenure[at(pf, m)]) next = (short) m;
        }
        bandMonthlyProbability[pf] = monthly;
    }

    /** Where a pf's entry for a tenure (in months, capped at the table's end) sits in the tenure tables. */
    static int at(int pf, int tenureMonths) {
        return pf * (MAX_TENURE_MONTHS + 1) + Math.min(tenureMonths, MAX_TENURE_MONTHS);
    }

    /** The tenure band of a pf at a tenure in months. */
    int band(int pf, int tenureMonths) {
        return bandOfTenure[at(pf, tenureMonths)];
    }
}
