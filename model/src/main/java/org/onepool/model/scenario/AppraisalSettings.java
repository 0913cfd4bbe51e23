package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** How options are appraised: when, for how long, and with what discounting and optimism bias. */
public record AppraisalSettings(
        @JsonProperty(required = true)
        @JsonPropertyDescription("First month of the appraisal, as YYYY-MM (e.g. 2027-04). Month 0 of every output.")
        String startMonth,
        @JsonPropertyDescription("Length of the appraisal in years (1 to 60). Default 10.") Integer horizonYears,
        @JsonPropertyDescription("greenBook (3.5% for years 0-30, then 3.0%, ...), greenBookHealth (1.5%), "
                + "or custom (give discountRates). Default greenBook.") DiscountSchedule discountSchedule,
        @JsonPropertyDescription("Only with discountSchedule: custom. Each band applies from its fromYear on.")
        List<DiscountBand> discountRates,
        @JsonPropertyDescription("Optimism-bias adjustment on costs and benefits.") OptimismBias optimismBias,
        @JsonPropertyDescription("Cost categories whose savings are cashable (can be taken out of budgets); "
                + "the rest are non-cashable. Default: advertising, agencyPremium, checks, induction, redundancy, "
                + "training.") List<CostCategory> cashableCategories,
        @JsonPropertyDescription("Monte Carlo replications when the command line does not say. Default 200.")
        Integer replications,
        @JsonPropertyDescription("Master random seed; the same seed gives the same results. Default 20270401.")
        Long seed,
        @JsonPropertyDescription("Price base year of the economic case, a financial year such as 2024-25: every money "
                + "input is in its prices unless it says otherwise (priceYear). Default: the financial year of the "
                + "start month.") String priceBaseYear,
        @JsonPropertyDescription("Real earnings growth a year for pay-linked lines in the economic case, e.g. 0.01. "
                + "Default 0.") Double realEarningsGrowth,
        @JsonPropertyDescription("Where realEarningsGrowth comes from, when it is set.") String realEarningsGrowthSource,
        @JsonPropertyDescription("Whether the economic case values service lost while a post stands empty and "
                + "uncovered (net of the pay the post releases). Default true.") Boolean lostServiceValue,
        @JsonPropertyDescription("Pay awards and price inflation for the financial case (nominal cash), each band from "
                + "its financial year on. Before the first band, and with none, nothing is uprated.")
        List<NominalBand> nominal) {

    public static final List<CostCategory> DEFAULT_CASHABLE = List.of(CostCategory.ADVERTISING,
            CostCategory.AGENCY_PREMIUM, CostCategory.CHECKS, CostCategory.INDUCTION, CostCategory.REDUNDANCY,
            CostCategory.TRAINING);

    public AppraisalSettings {
        horizonYears = horizonYears == null ? 10 : horizonYears;
        discountSchedule = discountSchedule == null ? DiscountSchedule.GREEN_BOOK : discountSchedule;
        discountRates = discountRates == null ? null : List.copyOf(discountRates);
        optimismBias = optimismBias == null ? OptimismBias.DEFAULTS : optimismBias;
        cashableCategories = cashableCategories == null ? DEFAULT_CASHABLE : List.copyOf(cashableCategories);
        replications = replications == null ? 200 : replications;
        seed = seed == null ? 20270401L : seed;
        realEarningsGrowth = realEarningsGrowth == null ? 0 : realEarningsGrowth;
        lostServiceValue = lostServiceValue == null || lostServiceValue;
        nominal = nominal == null ? List.of() : List.copyOf(nominal);
    }

    /** The start month, or null when it is not a valid YYYY-MM (validation reports that). */
    public YearMonth start() {
        try {
            return YearMonth.parse(startMonth);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    /** The calendar year the price base financial year starts in, or null when it is not a valid label. */
    public Integer priceBase() {
        if (priceBaseYear == null) {
            YearMonth start = start();
            if (start == null) return null;
            return start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1;
        }
        return FinancialYearLabel.parse(priceBaseYear);
    }

    /** The band that applies to a financial year (named by its calendar start year), or null before the first. */
    public NominalBand nominalBand(int financialYear) {
        NominalBand found = null;
        int from = Integer.MIN_VALUE;
        for (NominalBand band : nominal) {
            Integer y = FinancialYearLabel.parse(band.fromYear());
            if (y != null && y <= financialYear && y >= from) {
                found = band;
                from = y;
            }
        }
        return found;
    }

    public int horizonMonths() {
        return horizonYears * 12;
    }
}
