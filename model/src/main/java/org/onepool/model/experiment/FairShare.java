package org.onepool.model.experiment;

import java.util.List;

/**
 * What each partner of an option adds to the pool and what a fair deal would pay it: the option's coalition
 * values by simulation, the partners' Shapley values, their go-alone cases, the side payments that bring each
 * partner's net position in the full pool to its Shapley value, and the core check. Money is the economic
 * case's NPSV (real, discounted, GBP), means over the replications.
 *
 * @param method              "exact" (every coalition simulated) or "sampled" (antithetic permutations)
 * @param permutations        permutations sampled (0 when exact)
 * @param targetStandardErrorGbp the sampling standard error aimed for on every partner (null when exact)
 * @param coalitionsEvaluated coalitions simulated (the empty one, worth 0, apart)
 * @param coalitionsPossible  2^partners - 1
 * @param grandCoalitionGbp   the option's NPSV with every partner pooling: v(N)
 * @param shapleySumGbp       the partners' Shapley values added up, to set beside v(N)
 */
public record FairShare(Summary.ScenarioInfo scenario, String version, long seed, int replications, int threads,
                        String optionId, String optionName, String costSharingMethod, String method,
                        int permutations, Double targetStandardErrorGbp, int coalitionsEvaluated,
                        int coalitionsPossible, double grandCoalitionGbp, double grandCoalitionStandardErrorGbp,
                        double shapleySumGbp, List<PartnerShare> partners, Core core, double seconds) {

    public FairShare {
        partners = List.copyOf(partners);
    }

    /**
     * One partner's row of the fair-share table.
     *
     * @param costShare                   its share of the option's costs under the option's method (mean)
     * @param shapleyGbp                  its Shapley value: its average marginal contribution to the NPSV
     * @param samplingStandardErrorGbp    the standard error from sampling permutations (0 when exact)
     * @param replicationStandardErrorGbp the Monte Carlo standard error over the replications
     * @param goAloneGbp                  v({i}): the option with this partner alone, paying every cost
     * @param netPositionGbp              in the full pool: its savings' PV less its cost share's PV (mean)
     * @param sidePaymentGbp              paid to it (negative: paid by it) so its net position is its Shapley value
     */
    public record PartnerShare(String partner, String name, double costShare, double shapleyGbp,
                               double samplingStandardErrorGbp, double replicationStandardErrorGbp, double goAloneGbp,
                               double goAloneStandardErrorGbp, double netPositionGbp, double sidePaymentGbp) {
    }

    /**
     * Whether the Shapley allocation is in the core: no group of partners would be better off pooling on its
     * own. Checked on every coalition when all were simulated ({@code exhaustive}), else only on those the
     * sampling simulated: then a group not listed may still gain by leaving.
     *
     * @param blocking the groups that would gain by leaving, largest gain first (at most ten)
     */
    public record Core(boolean exhaustive, int coalitionsChecked, boolean inCore, List<Blocking> blocking) {
        public Core {
            blocking = List.copyOf(blocking);
        }
    }

    /**
     * A group of partners whose own pool would be worth more than the Shapley values give it.
     *
     * @param gainGbp          v(S) minus the group's Shapley values
     * @param standardErrorGbp the Monte Carlo standard error of that gain over the replications
     * @param clear            whether the gain is more than twice its standard error (else it may be noise)
     */
    public record Blocking(List<String> partners, double gainGbp, double standardErrorGbp, boolean clear) {
        public Blocking {
            partners = List.copyOf(partners);
        }
    }
}
