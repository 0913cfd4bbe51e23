package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;

/**
 * Folds one option's per-replication appraisals. Scalars (NPV, payback, per-year and per-partner
 * totals) are kept per replication, a few hundred numbers each, for exact percentiles; monthly and
 * partner x category x year quantities are folded with streaming estimators so memory does not grow
 * with replications.
 */
final class OptionAccumulator {
    private final AppraisalContext context;
    private final Option option;
    private final int n;
    private final double[] npv;
    private final double[] bcr;
    private final double[] roi;
    private final double[] payback;
    private final double[] discountedPayback;
    private final double[] peak;
    private final double[] investment;
    private final double[] cashable;
    private final double[] nonCashable;
    private final double[][] byYear;
    private final double[][] byCategory;
    private final double[][] partnerSaving;
    private final double[][] partnerNet;
    private final double[] shareSum;
    private final double[][] indicators;
    private final StreamingStats[] cumulative;
    private final StreamingStats[][][] cells;

    OptionAccumulator(AppraisalContext context, Option option, int replications) {
        this.context = context;
        this.option = option;
        this.n = replications;
        int years = context.years.years();
        int partners = context.scenario.partners().size();
        int categories = CostCategory.values().length;
        npv = new double[n];
        bcr = new double[n];
        roi = new double[n];
        payback = new double[n];
        discountedPayback = new double[n];
        peak = new double[n];
        investment = new double[n];
        cashable = new double[n];
        nonCashable = new double[n];
        byYear = new double[years][n];
        byCategory = new double[categories][n];
        partnerSaving = new double[partners][n];
        partnerNet = new double[partners][n];
        shareSum = new double[partners];
        indicators = new double[WorkforceIndicators.NAMES.length][n];
        cumulative = new StreamingStats[context.years.months()];
        for (int m = 0; m < cumulative.length; m++) cumulative[m] = new StreamingStats();
        cells = new StreamingStats[partners][categories][years];
        for (var byPartner : cells) for (var byCat : byPartner) for (int y = 0; y < years; y++) byCat[y] = new StreamingStats();
    }

    Option option() {
        return option;
    }

    double[] npvs() {
        return npv;
    }

    void add(int r, OptionAppraisal a, double[] shares, WorkforceIndicators workforce) {
        npv[r] = a.npv();
        bcr[r] = a.benefitCostRatio();
        roi[r] = a.roi();
        payback[r] = a.paybackMonth() == null ? Double.NaN : a.paybackMonth();
        discountedPayback[r] = a.discountedPaybackMonth() == null ? Double.NaN : a.discountedPaybackMonth();
        peak[r] = a.peakFunding();
        investment[r] = a.investment();
        cashable[r] = a.cashableSaving();
        nonCashable[r] = a.nonCashableSaving();
        double[][][] c = a.cells();
        for (int p = 0; p < c.length; p++) {
            partnerSaving[p][r] = a.partnerSavingPv()[p];
            partnerNet[p][r] = a.partnerNetNpv()[p];
            shareSum[p] += shares[p];
            for (int k = 0; k < c[p].length; k++) {
                for (int y = 0; y < c[p][k].length; y++) {
                    double v = c[p][k][y];
                    byYear[y][r] += v;
                    byCategory[k][r] += v;
                    cells[p][k][y].add(v);
                }
            }
        }
        double running = 0;
        for (int m = 0; m < cumulative.length; m++) cumulative[m].add(running += a.monthlyNet()[m]);
        double[] w = workforce.toArray();
        for (int k = 0; k < w.length; k++) indicators[k][r] = w[k];
    }

    Summary.OptionResult result(List<Summary.TornadoBar> tornado, List<Summary.SwitchingValue> switching,
                                List<Summary.StressResult> stress, Summary.DeploymentComparison deployment) {
        var years = context.years;
        List<Summary.YearAmount> perYear = new ArrayList<>();
        for (int y = 0; y < years.years(); y++) perYear.add(new Summary.YearAmount(years.label(y), StatsOf.of(byYear[y])));
        List<Summary.CategoryAmount> perCategory = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            perCategory.add(new Summary.CategoryAmount(c.id(), context.cashable.contains(c),
                    StatsOf.of(byCategory[c.ordinal()])));
        }
        List<Summary.PartnerPosition> partners = new ArrayList<>();
        for (int p = 0; p < partnerNet.length; p++) {
            Partner partner = context.scenario.partners().get(p);
            Stats net = StatsOf.of(partnerNet[p]);
            partners.add(new Summary.PartnerPosition(partner.id(), partner.name(), shareSum[p] / n,
                    StatsOf.of(partnerSaving[p]), net, net.p50() < 0));
        }
        List<Summary.MonthBand> bands = new ArrayList<>();
        for (int m = 0; m < cumulative.length; m++) {
            Stats s = cumulative[m].stats();
            bands.add(new Summary.MonthBand(m, s.p10(), s.p50(), s.p90(), s.mean()));
        }
        int positive = 0;
        for (double v : npv) if (v > 0) positive++;
        return new Summary.OptionResult(option.id(), option.name(), StatsOf.of(npv), StatsOf.of(bcr), StatsOf.of(roi),
                payback(payback), payback(discountedPayback), StatsOf.of(peak), StatsOf.of(investment),
                (double) positive / n, perYear, perCategory, StatsOf.of(cashable), StatsOf.of(nonCashable), partners,
                workforce(indicators), bands, tornado, switching, stress, deployment);
    }

    /** Long-format rows: partner x category x year, each over replications. */
    List<CashFlowRow> cashFlows() {
        List<CashFlowRow> rows = new ArrayList<>();
        for (int p = 0; p < cells.length; p++) {
            String partner = context.scenario.partners().get(p).id();
            for (CostCategory c : CostCategory.values()) {
                for (int y = 0; y < context.years.years(); y++) {
                    rows.add(new CashFlowRow(option.id(), partner, c.id(), context.years.label(y),
                            cells[p][c.ordinal()][y].stats()));
                }
            }
        }
        return rows;
    }

    static Summary.Workforce workforce(double[][] indicators) {
        List<Summary.Indicator> list = new ArrayList<>();
        for (int k = 0; k < indicators.length; k++) {
            list.add(new Summary.Indicator(WorkforceIndicators.NAMES[k], StatsOf.of(indicators[k])));
        }
        return new Summary.Workforce(list);
    }

    private static Summary.Payback payback(double[] months) {
        double[] paid = java.util.Arrays.stream(months).filter(v -> !Double.isNaN(v)).toArray();
        double never = 1 - (double) paid.length / months.length;
        if (paid.length == 0) return new Summary.Payback(null, null, null, null, never);
        Stats s = StatsOf.of(paid);
        return new Summary.Payback(s.mean(), s.p10(), s.p50(), s.p90(), never);
    }
}
