package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.onepool.model.finance.FinancialCase;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.FinancialYearLabel;
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
    private final GreenBookRatio bcr = new GreenBookRatio();
    private final StreamingStats roi = new StreamingStats();
    private final StreamingStats payback = new StreamingStats();
    private final StreamingStats discountedPayback = new StreamingStats();
    private int neverPaysBack;
    private int neverPaysBackDiscounted;
    private int positive;
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
    private final StreamingStats socialBenefitsPv = new StreamingStats();
    private final StreamingStats netPublicCostPv = new StreamingStats();
    private final StreamingStats optionCostsPv = new StreamingStats();
    // The financial case: cash, nominal.
    private final StreamingStats cashTotal = new StreamingStats();
    private final StreamingStats cashPayback = new StreamingStats();
    private int cashNeverPaysBack;
    private final StreamingStats cashPeak = new StreamingStats();
    private final StreamingStats[] cashByYear;
    private final StreamingStats[] partnerCashPayback;
    private final int[] partnerCashNever;
    private final StreamingStats[] partnerCashPeak;
    /** Financial case by [partner][category][year], nominal. */
    private final StreamingStats[][][] cashCells;
    /** [partner][year][cashable saving, net cash, funding gap] */
    private final StreamingStats[][][] partnerCash;

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
        cashByYear = StreamingStats.array(years);
        partnerCashPayback = StreamingStats.array(partners);
        partnerCashNever = new int[partners];
        partnerCashPeak = StreamingStats.array(partners);
        partnerCash = new StreamingStats[partners][years][];
        for (var byYearOf : partnerCash) for (int y = 0; y < years; y++) byYearOf[y] = StreamingStats.array(3);
        cells = new StreamingStats[partners][categories][years];
        cashCells = new StreamingStats[partners][categories][years];
        for (var byPartner : cashCells) for (var byCat : byPartner) for (int y = 0; y < years; y++) byCat[y] = new StreamingStats();
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
        bcr.add(a);
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
        socialBenefitsPv.add(a.socialBenefitsPv());
        netPublicCostPv.add(a.netPublicCostPv());
        optionCostsPv.add(a.investmentPv());
        addFinancial(a.financial());
        double[] w = workforce.toArray();
        for (int k = 0; k < w.length; k++) indicators[k].add(w[k]);
    }

    private void addFinancial(FinancialCase f) {
        cashTotal.add(f.totalNet());
        if (f.paybackMonth() == null) cashNeverPaysBack++; else cashPayback.add(f.paybackMonth());
        cashPeak.add(f.peakFunding());
        double[] year = new double[cashByYear.length];
        for (int p = 0; p < partnerCash.length; p++) {
            Integer payback = f.partnerPaybackMonth(p);
            if (payback == null) partnerCashNever[p]++; else partnerCashPayback[p].add(payback);
            partnerCashPeak[p].add(f.partnerPeakFunding(p));
            for (int y = 0; y < year.length; y++) {
                partnerCash[p][y][0].add(f.saving(p, y));
                partnerCash[p][y][1].add(f.net(p, y));
                partnerCash[p][y][2].add(f.fundingGap(p, y));
                year[y] += f.net(p, y);
                for (CostCategory c : CostCategory.values()) {
                    if (context.cases.financial(c)) cashCells[p][c.ordinal()][y].add(f.cell(p, c.ordinal(), y));
                }
            }
        }
        for (int y = 0; y < year.length; y++) cashByYear[y].add(year[y]);
    }

    private Summary.Economic economic() {
        var appraisal = context.scenario.appraisal();
        var b = appraisal.optimismBias();
        var bias = new Summary.OptimismBiasApplied(b.setupUpliftInForce().central(), b.setupMitigationInForce().central(),
                b.setupMitigationBasis(), b.runningUpliftInForce().central(), b.runningMitigationInForce().central(),
                b.runningMitigationBasis(), b.benefitsShortfall().central());
        return new Summary.Economic(FinancialYearLabel.of(appraisal.priceBase()), PRICE_INDEX, BCR_FORMULA, npv.stats(),
                bcr.bcr(), bcr.expectedSocialBenefitsPv(), bcr.expectedNetPublicCostPv(), bcr.shareWithNoNetPublicCost(),
                socialBenefitsPv.stats(), netPublicCostPv.stats(), optionCostsPv.stats(), appraisal.lostServiceValue(),
                appraisal.realEarningsGrowth(), bias);
    }

    private Summary.Financial financial() {
        var years = context.years;
        List<Summary.YearAmount> perYear = new ArrayList<>();
        for (int y = 0; y < years.years(); y++) perYear.add(new Summary.YearAmount(years.label(y), cashByYear[y].stats()));
        List<Summary.PartnerCash> partners = new ArrayList<>();
        for (int p = 0; p < partnerCash.length; p++) {
            Partner partner = context.scenario.partners().get(p);
            List<Summary.CashYear> cash = new ArrayList<>();
            for (int y = 0; y < years.years(); y++) {
                StreamingStats[] c = partnerCash[p][y];
                cash.add(new Summary.CashYear(years.label(y), c[0].stats(), c[1].stats(), c[2].stats()));
            }
            partners.add(new Summary.PartnerCash(partner.id(), partner.name(),
                    payback(partnerCashPayback[p], partnerCashNever[p]), partnerCashPeak[p].stats(), cash));
        }
        return new Summary.Financial(FINANCIAL_BASIS, CASHABLE_RULE, cashTotal.stats(),
                payback(cashPayback, cashNeverPaysBack), cashPeak.stats(), perYear, partners);
    }

    static final String PRICE_INDEX = "money inputs stated in another price year are rebased to the price base year "
            + "with the GDP deflator (ONS series YBGB, by financial year) when the scenario is read";
    static final String BCR_FORMULA = "BCR = expected PV of the social benefits that are not cash to any budget "
            + "(staff time freed, service value, the service a filled post restores gross of its pay, and payments to staff "
            + "as the gain of those who receive them) / expected PV of the net cost to public budgets (the option's costs "
            + "after optimism bias and its payments to staff, minus the cash savings, the pay of staff in post and agency "
            + "cover included; a payment to staff is a transfer, on both sides, so it leaves the NPSV unchanged); expected NPSV = the numerator minus the denominator, so the "
            + "BCR is above 1 exactly when the expected NPSV is positive. Expected = the mean over the replications. No "
            + "BCR when the expected net public cost is not positive: the cash savings exceed the costs, there is no "
            + "public spending to ration and the NPSV is the measure. Source: HM Treasury, The Green Book (2022), para 5.54 (BCR "
            + "is the ratio of the present value of benefits to the present value of costs) and para 5.56 (where "
            + "optimising over a constrained budget, a measure of social value divided by the relevant public spending "
            + "constraint); para 5.22 (public sector costs include all costs and receipts to the public sector)";
    static final String FINANCIAL_BASIS = "cash only, nominal (base-year prices uprated by the stated pay awards "
            + "and price inflation), undiscounted, by partner and financial year; no optimism bias";
    static final String CASHABLE_RULE = "cash lines count where a budget line falls: advertising, checks, induction "
            + "and training spend, agency spend in full, redundancy, the pay of staff in post (more staff in post "
            + "costs more pay), payments to staff and transfers; staff time freed (recruitment admin, induction and "
            + "training days) is non-cashable unless the scenario names it in cashableCategories (posts removed); "
            + "lost service is never cash";

    Summary.OptionResult result(List<Summary.TornadoBar> tornado, List<Summary.SwitchingValue> switching,
                                List<Summary.StressResult> stress, Summary.DeploymentComparison deployment) {
        var years = context.years;
        List<Summary.YearAmount> perYear = new ArrayList<>();
        for (int y = 0; y < years.years(); y++) perYear.add(new Summary.YearAmount(years.label(y), byYear[y].stats()));
        List<Summary.CategoryAmount> perCategory = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            // The economic case's lines: the pay bill, its memo and transfers are in the financial case.
            if (!c.isInvestment() && !context.cases.economic(c)) continue;
            perCategory.add(new Summary.CategoryAmount(c.id(), context.cases.financial(c),
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
        return new Summary.OptionResult(option.id(), option.name(), npv.stats(), bcr.bcr(), roi.stats(),
                payback(payback, neverPaysBack), payback(discountedPayback, neverPaysBackDiscounted), peak.stats(),
                investment.stats(), (double) positive / n, monteCarloError(), perYear, perCategory, cashable.stats(), nonCashable.stats(),
                partners, workforce(indicators), bands, tornado, switching, stress, deployment, economic(), financial());
    }

    /**
     * Long-format rows: partner x category x year, each over replications; the economic case's lines (real),
     * then the financial case's (cash, nominal).
     */
    List<CashFlowRow> cashFlows() {
        List<CashFlowRow> rows = new ArrayList<>();
        String real = "real " + FinancialYearLabel.of(context.scenario.appraisal().priceBase()) + " prices";
        for (int p = 0; p < cells.length; p++) {
            String partner = context.scenario.partners().get(p).id();
            for (CostCategory c : CostCategory.values()) {
                if (!c.isInvestment() && !context.cases.economic(c)) continue;
                for (int y = 0; y < context.years.years(); y++) {
                    rows.add(new CashFlowRow(option.id(), partner, c.id(), c.resourceType().id(), "economic", real,
                            payer(partner, c, false), context.years.label(y), cells[p][c.ordinal()][y].stats()));
                }
            }
        }
        for (int p = 0; p < cashCells.length; p++) {
            String partner = context.scenario.partners().get(p).id();
            for (CostCategory c : CostCategory.values()) {
                if (!context.cases.financial(c)) continue;
                for (int y = 0; y < context.years.years(); y++) {
                    rows.add(new CashFlowRow(option.id(), partner, c.id(), c.resourceType().id(), "financial", "nominal",
                            payer(partner, c, true), context.years.label(y), cashCells[p][c.ordinal()][y].stats()));
                }
            }
        }
        return rows;
    }

    /**
     * Whose budget bears a line: the partner itself, or its share of the option's costs; a host bears the
     * option's costs in full in the financial case (the others' shares reach it as transfers).
     */
    private String payer(String partner, CostCategory c, boolean financial) {
        boolean hosted = financial && c.isInvestment() && option.costSharing().hostedBy() != null;
        if (hosted) return partner.equals(option.costSharing().hostedBy()) ? partner + " (host, in full)" : partner;
        return c.isInvestment() || c == CostCategory.PAYMENTS_TO_STAFF ? partner + " (cost share)" : partner;
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
