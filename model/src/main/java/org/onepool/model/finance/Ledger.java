package org.onepool.model.finance;

import org.onepool.model.scenario.CostCategory;

/**
 * Flows of one simulated run by month, payer (the partner whose budget bears them) and category, in GBP at
 * the price base year's prices; each category carries its resource type and how the two cases read it.
 * A flat array indexed month-major: a run writes it, the appraisal reads it, then it is discarded.
 */
public final class Ledger {
    public static final int CATEGORIES = CostCategory.values().length;

    private final int months;
    private final int partners;
    private final double[] gbp;

    public Ledger(int months, int partners) {
        this.months = months;
        this.partners = partners;
        this.gbp = new double[months * partners * CATEGORIES];
    }

    public int months() {
        return months;
    }

    public int partners() {
        return partners;
    }

    public void add(int month, int partner, CostCategory category, double amountGbp) {
        gbp[index(month, partner, category)] += amountGbp;
    }

    /**
     * A transfer between two public bodies: a cost to the payer and income to the receiver, in one category
     * the economic case leaves out, so it nets to zero there and shows as both in the financial case.
     */
    public void transfer(int month, int payer, int receiver, double amountGbp) {
        add(month, payer, CostCategory.TRANSFERS, amountGbp);
        add(month, receiver, CostCategory.TRANSFERS, -amountGbp);
    }

    public double get(int month, int partner, CostCategory category) {
        return gbp[index(month, partner, category)];
    }

    /** Total cost in a month across partners and categories. */
    public double monthTotal(int month) {
        double sum = 0;
        int from = month * partners * CATEGORIES;
        for (int i = from; i < from + partners * CATEGORIES; i++) sum += gbp[i];
        return sum;
    }

    /** Total in a month for one category across partners. */
    public double monthTotal(int month, CostCategory category) {
        double sum = 0;
        for (int p = 0; p < partners; p++) sum += get(month, p, category);
        return sum;
    }

    /** An independent copy, to add flows the appraisal books (an exit fee) without touching the run's. */
    public Ledger copy() {
        Ledger out = new Ledger(months, partners);
        System.arraycopy(gbp, 0, out.gbp, 0, gbp.length);
        return out;
    }

    /** A copy of every amount, for exact comparisons. */
    public double[] toArray() {
        return gbp.clone();
    }

    private int index(int month, int partner, CostCategory category) {
        return (month * partners + partner) * CATEGORIES + category.ordinal();
    }
}
