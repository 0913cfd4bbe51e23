package org.onepool.model.finance;

import java.util.EnumSet;
import java.util.Set;
import org.onepool.model.scenario.CostCategory;

/**
 * Which of an option's economic lines are benefit streams, the lines the Green Book benefits shortfall cuts.
 * A stream is one category over all partners and the whole horizon; it is a benefit when its expected
 * present value (business as usual's cost minus the option's, over the replications added) is positive.
 * The shortfall then scales that stream by (1 - shortfall) in every replication, whatever its sign there,
 * so it takes exactly shortfall x the expected value: a stream with no expected saving loses nothing to it
 * however noisy, and a line the option makes dearer (a disbenefit) is never cut.
 */
public final class BenefitStreams {
    private final double[] pvSum = new double[CostCategory.values().length];
    private int replications;

    /** Adds one replication's ledgers of business as usual and of the option. */
    public void add(Ledger baseline, Ledger option, FinancialYears years, double[] factors, CaseSettings cases) {
        double[] pv = streamPvs(baseline, option, years, factors, cases);
        for (int c = 0; c < pv.length; c++) pvSum[c] += pv[c];
        replications++;
    }

    /** Replications added. */
    public int replications() {
        return replications;
    }

    /** The categories whose expected present value is a saving. */
    public Set<CostCategory> benefits() {
        Set<CostCategory> out = EnumSet.noneOf(CostCategory.class);
        for (CostCategory c : CostCategory.values()) if (pvSum[c.ordinal()] > 0) out.add(c);
        return out;
    }

    /** The benefit streams of one replication taken alone (its own expectation): for a single appraisal. */
    public static Set<CostCategory> ofOne(Ledger baseline, Ledger option, FinancialYears years, double[] factors,
                                          CaseSettings cases) {
        BenefitStreams streams = new BenefitStreams();
        streams.add(baseline, option, years, factors, cases);
        return streams.benefits();
    }

    /** Present value of each economic category's saving (not the option's own costs), real, discounted. */
    static double[] streamPvs(Ledger baseline, Ledger option, FinancialYears years, double[] factors,
                              CaseSettings cases) {
        CostCategory[] categories = CostCategory.values();
        double[] pv = new double[categories.length];
        for (int m = 0; m < baseline.months(); m++) {
            int y = years.yearOf(m);
            for (CostCategory c : categories) {
                if (c.isInvestment() || !cases.economic(c)) continue;
                double real = cases.realFactor(c, y) * factors[y];
                for (int p = 0; p < baseline.partners(); p++) {
                    pv[c.ordinal()] += (baseline.get(m, p, c) - option.get(m, p, c)) * real;
                }
            }
        }
        return pv;
    }
}
