package org.onepool.model.experiment;

import org.onepool.model.finance.OptionAppraisal;

/**
 * The Green Book BCR of an option over the replications, built from expected present values: the mean PV
 * of the social benefits that are not cash to any budget over the mean PV of the net cost to public budgets.
 * The expected NPSV is the same two means' difference, so a BCR below 1 always comes with a negative
 * expected NPSV and a BCR above 1 with a positive one.
 *
 * <p>Why not a percentile of the per-replication ratios: the ratio is undefined in every replication whose
 * cash savings exceed its costs (no net public cost), and those are mostly the replications that save the
 * most; a median over the others is conditioned on the option doing badly, and read beside the median NPSV
 * over all replications it showed, for instance, a BCR of 0.6 with a positive NPSV.
 */
final class GreenBookRatio {
    private double socialSum;
    private double netPublicCostSum;
    private int replications;
    private int noNetPublicCost;

    void add(OptionAppraisal a) {
        socialSum += a.socialBenefitsPv();
        netPublicCostSum += a.netPublicCostPv();
        replications++;
        if (!(a.netPublicCostPv() > 0)) noNetPublicCost++;
    }

    /** Mean PV of the social benefits that are not cash (the numerator). */
    double expectedSocialBenefitsPv() {
        return replications == 0 ? 0 : socialSum / replications;
    }

    /** Mean PV of the net cost to public budgets (the denominator). */
    double expectedNetPublicCostPv() {
        return replications == 0 ? 0 : netPublicCostSum / replications;
    }

    /** Expected NPSV: the numerator less the denominator. */
    double expectedNpsv() {
        return expectedSocialBenefitsPv() - expectedNetPublicCostPv();
    }

    /**
     * The BCR, or null when the expected net public cost is not positive: the cash savings are expected to
     * exceed the costs, the option pays for itself and the NPSV is the measure.
     */
    Double bcr() {
        double cost = expectedNetPublicCostPv();
        return cost > 0 ? expectedSocialBenefitsPv() / cost : null;
    }

    /** Share of replications with no net public cost (cash savings at or above the costs). */
    double shareWithNoNetPublicCost() {
        return replications == 0 ? 0 : (double) noNetPublicCost / replications;
    }
}
