package org.onepool.model.projection;

import java.util.Arrays;
import java.util.List;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.finance.PayBill;
import org.onepool.model.workforce.Measure;
import org.onepool.model.workforce.MonthlySeries;

/**
 * One arm of one replication reduced to its projection: each row x financial year x measure, laid out flat
 * as {@code (row * years + year) * ProjectionMeasure.COUNT + measure}. Read from the monthly record the
 * simulation keeps anyway, after the run: nothing is added to the monthly step.
 */
public final class ArmProjection {
    private ArmProjection() {
    }

    public static int index(int row, int year, int years, ProjectionMeasure measure) {
        return (row * years + year) * ProjectionMeasure.COUNT + measure.ordinal();
    }

    /** The projection of one arm: its monthly record, and its pay bill by partner and year (nominal). */
    public static double[] of(MonthlySeries series, PayBill payBill, FinancialYears years, ProjectionRows rows) {
        return of(series, payBill, years, rows, new double[years.years() * series.pfs() * Measure.COUNT]);
    }

    /**
     * The projections of one replication's arms (business as usual first), each from its monthly record and
     * its pay bill: what a replication's worker hands to the fold.
     */
    public static ReplicationProjection replication(List<MonthlySeries> series, List<PayBill> payBills,
                                                    FinancialYears years, ProjectionRows rows) {
        double[][] arms = new double[series.size()][];
        double[] sums = null;
        for (int a = 0; a < arms.length; a++) {
            int length = years.years() * series.get(a).pfs() * Measure.COUNT;
            if (sums == null || sums.length != length) sums = new double[length];
            else Arrays.fill(sums, 0);
            arms[a] = of(series.get(a), payBills.get(a), years, rows, sums);
        }
        return new ReplicationProjection(arms);
    }

    /**
     * {@code sums} (zeros, year x pf x measure) takes the year totals of the monthly record: each month's
     * block added whole, in month order, so every total is the same sum, in the same order, as month by month.
     */
    private static double[] of(MonthlySeries series, PayBill payBill, FinancialYears years, ProjectionRows rows,
                               double[] sums) {
        int pfs = series.pfs();
        int yearCount = years.years();
        int k = Measure.COUNT;
        int block = pfs * k;
        int[] months = new int[yearCount];
        int[] lastMonth = new int[yearCount];
        for (int m = 0; m < series.months(); m++) {
            int y = years.yearOf(m);
            months[y]++;
            lastMonth[y] = m;
            series.addMonthTo(m, sums, y * block);
        }
        double[] out = new double[rows.size() * yearCount * ProjectionMeasure.COUNT];
        double[] raw = new double[k];
        for (int r = 0; r < rows.size(); r++) {
            ProjectionRow row = rows.get(r);
            int[] members = rows.pfs(r);
            for (int y = 0; y < yearCount; y++) {
                Arrays.fill(raw, 0);
                double headEnd = 0;
                double vacanciesEnd = 0;
                double headStart = 0;
                for (int pf : members) {
                    int base = y * block + pf * k;
                    for (int j = 0; j < k; j++) raw[j] += sums[base + j];
                    headEnd += series.get(lastMonth[y], pf, Measure.HEADCOUNT);
                    vacanciesEnd += series.get(lastMonth[y], pf, Measure.VACANCIES);
                    headStart += y == 0 ? sums[base + Measure.OPENING_HEADCOUNT.ordinal()]
                            : series.get(lastMonth[y - 1], pf, Measure.HEADCOUNT);
                }
                int at = index(r, y, yearCount, ProjectionMeasure.STAFF_IN_POST_START);
                fill(out, at, raw, months[y], headStart, headEnd, vacanciesEnd, row);
                if (row.allFamilies()) {
                    double agency = 0;
                    double bill = 0;
                    for (int p = 0; p < payBill.partners(); p++) {
                        if (!row.allPartners() && p != row.partner()) continue;
                        agency += payBill.amount(p, y, PayBill.Line.AGENCY_SPEND);
                        bill += payBill.amount(p, y, PayBill.Line.PAY_BILL);
                    }
                    out[at + ProjectionMeasure.AGENCY_SPEND_GBP.ordinal()] = agency;
                    out[at + ProjectionMeasure.PAY_BILL_GBP.ordinal()] = bill;
                }
            }
        }
        return out;
    }

    /** One row x year from its summed monthly record; {@code at} is the index of its first measure. */
    private static void fill(double[] out, int at, double[] raw, int months, double headStart, double headEnd,
                             double vacanciesEnd, ProjectionRow row) {
        double establishment = raw[Measure.ESTABLISHMENT.ordinal()] / months;
        double vacancies = raw[Measure.VACANCIES.ordinal()] / months;
        double leavers = 0;
        for (Measure reason : Measure.LEAVERS) leavers += raw[reason.ordinal()];
        double joiners = raw[Measure.HIRES_EXTERNAL.ordinal()] + raw[Measure.HIRES_TALENT_BANK.ordinal()]
                + raw[Measure.HIRES_GRADUATE.ordinal()];
        double hires = joiners + raw[Measure.HIRES_INTERNAL.ordinal()] + raw[Measure.HIRES_CROSS_PARTNER.ordinal()]
                + raw[Measure.HIRES_REDEPLOYMENT.ordinal()];
        double fills = raw[Measure.FILLS_COMPLETED.ordinal()];
        set(out, at, ProjectionMeasure.STAFF_IN_POST_START, headStart);
        set(out, at, ProjectionMeasure.STAFF_IN_POST, headEnd);
        set(out, at, ProjectionMeasure.STAFF_IN_POST_MEAN, raw[Measure.HEADCOUNT.ordinal()] / months);
        set(out, at, ProjectionMeasure.ESTABLISHMENT, establishment);
        set(out, at, ProjectionMeasure.VACANCIES, vacancies);
        set(out, at, ProjectionMeasure.VACANCIES_YEAR_END, vacanciesEnd);
        set(out, at, ProjectionMeasure.VACANCY_RATE, establishment == 0 ? 0 : vacancies / establishment);
        set(out, at, ProjectionMeasure.LEAVERS, leavers);
        set(out, at, ProjectionMeasure.LEAVERS_CAREER, raw[Measure.LEAVERS_CAREER.ordinal()]);
        set(out, at, ProjectionMeasure.LEAVERS_PAY, raw[Measure.LEAVERS_PAY.ordinal()]);
        set(out, at, ProjectionMeasure.LEAVERS_RELOCATION, raw[Measure.LEAVERS_RELOCATION.ordinal()]);
        set(out, at, ProjectionMeasure.LEAVERS_OTHER, raw[Measure.LEAVERS_OTHER.ordinal()]);
        set(out, at, ProjectionMeasure.LEAVERS_RETIREMENT, raw[Measure.LEAVERS_RETIREMENT.ordinal()]);
        set(out, at, ProjectionMeasure.LEAVERS_REDUNDANCY, raw[Measure.LEAVERS_REDUNDANCY.ordinal()]);
        set(out, at, ProjectionMeasure.JOINERS, joiners);
        set(out, at, ProjectionMeasure.HIRES, hires);
        set(out, at, ProjectionMeasure.HIRES_EXTERNAL, raw[Measure.HIRES_EXTERNAL.ordinal()]);
        set(out, at, ProjectionMeasure.HIRES_INTERNAL, raw[Measure.HIRES_INTERNAL.ordinal()]);
        set(out, at, ProjectionMeasure.HIRES_CROSS_PARTNER, raw[Measure.HIRES_CROSS_PARTNER.ordinal()]);
        set(out, at, ProjectionMeasure.HIRES_TALENT_BANK, raw[Measure.HIRES_TALENT_BANK.ordinal()]);
        set(out, at, ProjectionMeasure.HIRES_GRADUATE, raw[Measure.HIRES_GRADUATE.ordinal()]);
        set(out, at, ProjectionMeasure.HIRES_REDEPLOYMENT, raw[Measure.HIRES_REDEPLOYMENT.ordinal()]);
        // Moves between the row's own cells change none of its totals, so a total row counts only moves
        // across its boundary: between partners for a partner's total, between families for a family's.
        Measure in;
        Measure outOf;
        if (row.allPartners() && row.allFamilies()) {
            in = null;
            outOf = null;
        } else if (row.allFamilies()) {
            in = Measure.MOVES_IN;
            outOf = Measure.MOVES_OUT;
        } else if (row.allPartners()) {
            in = Measure.FAMILY_MOVES_IN;
            outOf = Measure.FAMILY_MOVES_OUT;
        } else {
            in = Measure.TRANSFERS_IN;
            outOf = Measure.TRANSFERS_OUT;
        }
        set(out, at, ProjectionMeasure.MOVES_IN, in == null ? 0 : raw[in.ordinal()]);
        set(out, at, ProjectionMeasure.MOVES_OUT, outOf == null ? 0 : raw[outOf.ordinal()]);
        set(out, at, ProjectionMeasure.AGENCY_FTE, raw[Measure.AGENCY_MONTHS.ordinal()] / months);
        set(out, at, ProjectionMeasure.TIME_TO_FILL_MONTHS, fills == 0 ? 0 : raw[Measure.FILL_MONTHS.ordinal()] / fills);
        set(out, at, ProjectionMeasure.SPECIALIST_TRAINED, raw[Measure.SPECIALIST_TRAINED.ordinal()]);
        set(out, at, ProjectionMeasure.TRAINING_DAYS, raw[Measure.TRAINING_DAYS.ordinal()]);
    }

    private static void set(double[] out, int at, ProjectionMeasure measure, double value) {
        out[at + measure.ordinal()] = value;
    }
}
