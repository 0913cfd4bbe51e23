package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;

/**
 * Folds one option's per-replication appraisals with streaming estimators (exact percentiles up to
 * {@value StreamingStats#EXACT} replications, P-square beyond), so memory does not grow with
 * replications. Only the first {@value StreamingStats#EXACT} NPVs are kept, for screening the tornado's
 * inputs by rank correlation.
 */
final class OptionAccumulator {
    private final AppraisalContext context;
    private final Option option;
    private final int n;
    private final double[] screenedNpv;
    private final StreamingStats npv = new StreamingStats();
    /** Bias-corrected sample variance of NPV, updated one replication at a time. */
    private final Variance npvVariance = new Variance();
    private final StreamingStats bcr = new StreamingStats();
    private final StreamingStats roi = new StreamingStats();
    private final StreamingStats payback = new StreamingStats();
    private final StreamingStats discountedPayback = new StreamingStats();
    private int neverPaysBack;
    private int neverPaysBackDiscounted;
    private int positive;
    /** Replications with no net public cost, where the Green Book BCR is undefined. */
    private int selfFinancing;
    private final StreamingStats peak = new StreamingStats();
    private final StreamingStats investment = new StreamingStats();
    private final StreamingStats cashable = new StreamingStats();
    private final StreamingStats nonCashable = new StreamingStats();
    private final StreamingStats[] byYear;
    private final StreamingStats[] byCategory;
    private final StreamingStats[] partnerSaving;
    private final StreamingStats[] partnerNet;
    private final double[] shareSum;
    private final StreamingStats[] indicators;
    private final StreamingStats[] cumulative;
    private final StreamingStats[][][] cells;

    OptionAccumulator(AppraisalContext context, Option option, int replications) {
        this.context = context;
        this.option = option;
        this.n = replications;
        int years = context.years.years();
        int partners = context.scenario.partners().size();
        int categories = CostCategory.values().length;
        screenedNpv = new double[Math.min(n, StreamingStats.EXACT)];
        byYear = StreamingStats.array(years);
        byCategory = StreamingStats.array(categories);
        partnerSaving = StreamingStats.array(partners);
        partnerNet = StreamingStats.array(partners);
        shareSum = new double[partners];
        indicators = StreamingStats.array(WorkforceIndicators.NAMES.size());
        cumulative = new StreamingStats[context.years.months()];
        for (int m = 0; m < cumulative.length; m++) cumulative[m] = new StreamingStats();
        cells = new StreamingStats[partners][categories][years];
        for (var byPartner : cells) for (var byCat : byPartner) for (int y = 0; y < years; y++) byCat[y] = new StreamingStats();
    }

    Option option() {
        return option;
    }

    /** NPVs of the first replications (at most {@value StreamingStats#EXACT}), for screening. */
    double[] npvs() {
        return screenedNpv;
    }

    /** Replications must arrive in order (as {@link OrderedParallel} hands them over). */
    void add(int r, OptionAppraisal a, WorkforceIndicators workforce) {
        if (r < screenedNpv.length) screenedNpv[r] = a.npv();
        npv.add(a.npv());
        npvVariance.increment(a.npv());
        if (a.npv() > 0) positive++;
        if (Double.isNaN(a.benefitCostRatio())) selfFinancing++; else bcr.add(a.benefitCostRatio());
        roi.add(a.roi());
        if (a.paybackMonth() == null) neverPaysBack++; else payback.add(a.paybackMonth());
        if (a.discountedPaybackMonth() == null) neverPaysBackDiscounted++;
        else discountedPayback.add(a.discountedPaybackMonth());
        peak.add(a.peakFunding());
        investment.add(a.investment());
        cashable.add(a.cashableSaving());
        nonCashable.add(a.nonCashableSaving());
        double[] year = new double[byYear.length];
        double[] category = new double[byCategory.length];
        for (int p = 0; p < cells.length; p++) {
            partnerSaving[p].add(a.partnerSavingPv(p));
            partnerNet[p].add(a.partnerNetNpv(p));
            shareSum[p] += a.costShare(p);
            for (CostCategory c : CostCategory.values()) {
                int k = c.ordinal();
                for (int y = 0; y < year.length; y++) {
                    double v = a.cell(p, c, y);
                    year[y] += v;
                    category[k] += v;
                    cells[p][k][y].add(v);
                }
            }
        }
        for (int y = 0; y < year.length; y++) byYear[y].add(year[y]);
        for (int k = 0; k < category.length; k++) byCategory[k].add(category[k]);
        double running = 0;
        for (int m = 0; m < cumulative.length; m++) cumulative[m].add(running += a.monthlyNet(m));
        double[] w = workforce.toArray();
        for (int k = 0; k < w.length; k++) indicators[k].add(w[k]);
    }

    Summary.OptionResult result(List<Summary.TornadoBar> tornado, List<Summary.SwitchingValue> switching,
                                List<Summary.StressResult> stress, Summary.DeploymentComparison deployment) {
        var years = context.years;
        List<Summary.YearAmount> perYear = new ArrayList<>();
        for (int y = 0; y < years.years(); y++) perYear.add(new Summary.YearAmount(years.label(y), byYear[y].stats()));
        List<Summary.CategoryAmount> perCategory = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            perCategory.add(new Summary.CategoryAmount(c.id(), context.cashable.contains(c),
                    byCategory[c.ordinal()].stats()));
        }
        List<Summary.PartnerPosition> partners = new ArrayList<>();
        for (int p = 0; p < partnerNet.length; p++) {
            Partner partner = context.scenario.partners().get(p);
            Stats net = partnerNet[p].stats();
            partners.add(new Summary.PartnerPosition(partner.id(), partner.name(), shareSum[p] / n,
                    partnerSaving[p].stats(), net, net.p50() < 0));
        }
        List<Summary.MonthBand> bands = new ArrayList<>();
        for (int m = 0; m < cumulative.length; m++) {
            Stats s = cumulative[m].stats();
            bands.add(new Summary.MonthBand(m, s.p10(), s.p50(), s.p90(), s.mean()));
        }
        return new Summary.OptionResult(option.id(), option.name(), npv.stats(), bcr.stats(), roi.stats(),
                payback(payback, neverPaysBack), payback(discountedPayback, neverPaysBackDiscounted), peak.stats(),
                investment.stats(), (double) positive / n, monteCarloError(), perYear, perCategory, cashable.stats(), nonCashable.stats(),
                partners, workforce(indicators), bands, tornado, switching, stress, deployment);
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

    static Summary.Workforce workforce(StreamingStats[] indicators) {
        List<Summary.Indicator> list = new ArrayList<>();
        for (int k = 0; k < indicators.length; k++) {
            list.add(new Summary.Indicator(WorkforceIndicators.NAMES.get(k), indicators[k].stats()));
        }
        return new Summary.Workforce(list);
    }

    private Summary.MonteCarloError monteCarloError() {
        if (n < 2) return new Summary.MonteCarloError(null, null);
        double p = (double) positive / n;
        return new Summary.MonteCarloError(Math.sqrt(npvVariance.getResult() / n), Math.sqrt(p * (1 - p) / n));
    }

    private Summary.Payback payback(StreamingStats paid, int never) {
        double neverShare = (double) never / n;
        if (never == n) return new Summary.Payback(null, null, null, null, neverShare);
        Stats s = paid.stats();
        return new Summary.Payback(s.mean(), s.p10(), s.p50(), s.p90(), neverShare);
    }
}
