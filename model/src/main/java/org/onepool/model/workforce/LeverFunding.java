package org.onepool.model.workforce;

/**
 * A budget plan as the simulation sees it: for each funded intervention of an option, the share of its
 * full effect each partner has reached in each month, the plan's spend by partner and month, and the
 * months of the budget period. A funded intervention's own costs are booked unless its dose-response says
 * the spend covers them, and after the budget period only if the partners fund it. Immutable: the arrays are
 * copied in and only read through the methods, so arms on several threads can share it.
 */
public final class LeverFunding {
    private final boolean[] funded;
    private final double[][][] strength;
    private final double[][] spendGbp;
    private final int budgetMonths;

    /**
     * @param funded   per intervention of the option: whether the plan funds it
     * @param strength [intervention][partner][month] share of full effect (ignored where not funded)
     * @param spendGbp [partner][month] the plan's spend
     * @param budgetMonths months from month 0 in which the plan spends (the budget period)
     */
    public LeverFunding(boolean[] funded, double[][][] strength, double[][] spendGbp, int budgetMonths) {
        this.budgetMonths = budgetMonths;
        this.funded = funded.clone();
        this.strength = new double[strength.length][][];
        for (int i = 0; i < strength.length; i++) this.strength[i] = deepCopy(strength[i]);
        this.spendGbp = deepCopy(spendGbp);
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) copy[r] = rows[r].clone();
        return copy;
    }

    public boolean funds(int intervention) {
        return intervention < funded.length && funded[intervention];
    }

    /** Share of full effect of a funded intervention at a partner in a month (0 outside the plan's months). */
    public double strength(int intervention, int partner, int month) {
        double[] byMonth = strength[intervention][partner];
        return month >= 0 && month < byMonth.length ? byMonth[month] : 0;
    }

    /** Whether a month falls in the budget period. */
    public boolean inBudgetPeriod(int month) {
        return month < budgetMonths;
    }

    public double spendGbp(int partner, int month) {
        double[] byMonth = spendGbp[partner];
        return month >= 0 && month < byMonth.length ? byMonth[month] : 0;
    }
}
