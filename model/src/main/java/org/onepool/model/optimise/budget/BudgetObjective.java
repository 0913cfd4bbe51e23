package org.onepool.model.optimise.budget;

/** What a budget split maximises. */
public enum BudgetObjective {
    /** Expected (mean) NPV. */
    MEAN,
    /** The NPV exceeded in nine replications out of ten: for a cautious panel. */
    P10;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
