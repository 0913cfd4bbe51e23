package org.onepool.model.scenario;

/**
 * A price index by financial year (named by the calendar year it starts in), used to rebase money inputs
 * priced in one year to the scenario's price base year. The GDP deflator at market prices is one.
 */
public interface PriceIndex {
    /** Refuses every price year: for loading a scenario whose money is all at its price base year. */
    PriceIndex NONE = new PriceIndex() {
        @Override
        public double index(int financialYear) {
            throw new IllegalArgumentException("no price index was given to rebase money from "
                    + FinancialYearLabel.of(financialYear));
        }

        @Override
        public String describe() {
            return "no price index";
        }
    };

    /** The index of a financial year; an {@link IllegalArgumentException} saying why when the year is not covered. */
    double index(int financialYear);

    /** What the index is, for reports: publisher, series and vintage. */
    String describe();
}
