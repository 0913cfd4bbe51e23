package org.onepool.model.finance;

import org.onepool.model.scenario.CostCategory;

/**
 * One run's pay bill by partner and financial year, in cash of each year (nominal): the pay (salary and
 * on-costs) of staff in post, agency spend in full (the charge up to the post's pay and the premium above
 * it), and the pay of funded posts left vacant, which is the underspend a budget book shows against the
 * establishment. What business as usual reconciles to a pay bill a partner recognises.
 */
public final class PayBill implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The lines, in the order of {@link #amount}. */
    public enum Line { PAY_IN_POST, AGENCY_SPEND, VACANT_POST_UNDERSPEND, PAY_BILL }

    private final double[][][] amounts;

    private PayBill(double[][][] amounts) {
        this.amounts = amounts;
    }

    public static PayBill of(Ledger ledger, FinancialYears years, CaseSettings cases) {
        double[][][] out = new double[ledger.partners()][years.years()][Line.values().length];
        for (int m = 0; m < ledger.months(); m++) {
            int y = years.yearOf(m);
            for (int p = 0; p < ledger.partners(); p++) {
                double[] row = out[p][y];
                double inPost = ledger.get(m, p, CostCategory.PAY_IN_POST) * cases.nominalFactor(CostCategory.PAY_IN_POST, y);
                double agency = ledger.get(m, p, CostCategory.AGENCY_COVER) * cases.nominalFactor(CostCategory.AGENCY_COVER, y)
                        + ledger.get(m, p, CostCategory.AGENCY_PREMIUM) * cases.nominalFactor(CostCategory.AGENCY_PREMIUM, y);
                row[Line.PAY_IN_POST.ordinal()] += inPost;
                row[Line.AGENCY_SPEND.ordinal()] += agency;
                row[Line.VACANT_POST_UNDERSPEND.ordinal()] += ledger.get(m, p, CostCategory.VACANT_POST_PAY)
                        * cases.nominalFactor(CostCategory.VACANT_POST_PAY, y);
                row[Line.PAY_BILL.ordinal()] += inPost + agency;
            }
        }
        return new PayBill(out);
    }

    public int partners() {
        return amounts.length;
    }

    public int years() {
        return amounts.length == 0 ? 0 : amounts[0].length;
    }

    public double amount(int partner, int year, Line line) {
        return amounts[partner][year][line.ordinal()];
    }
}
