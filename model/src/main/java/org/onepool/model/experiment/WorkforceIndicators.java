package org.onepool.model.experiment;

import java.io.Serializable;
import java.util.List;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Measure;
import org.onepool.model.workforce.MonthlySeries;
import org.onepool.model.scenario.CostCategory;

/**
 * Workforce indicators of one arm of one replication, over the whole horizon.
 *
 * @param annualTurnoverRate       share of staff in post at the start of a financial year who leave
 *                                 during it, retirement and redundancy apart (the stated rate's meaning)
 * @param vacancyRate              mean open vacancies / mean establishment
 * @param meanOpenVacancies        open vacancies at month end, averaged over months
 * @param meanTimeToFillMonths     months from a vacancy opening to its filling, over filled vacancies
 * @param agencySpendGbpPerYear    agency premium per year
 * @param leaversPerYear           leavers of every reason per year
 * @param careerLeaversPerYear     leavers citing career development per year
 * @param hiresPerYear             vacancies filled per year, every route
 * @param internalHiresPerYear     promotions within a partner per year
 * @param crossPartnerMovesPerYear staff moving between partners per year (any route)
 * @param redeploymentsPerYear     at-risk staff redeployed per year
 * @param talentBankHiresPerYear   hires from the talent bank per year
 * @param externalHiresPerYear     hires from external campaigns per year
 * @param graduateHiresPerYear     graduate-scheme entrants per year
 * @param redundanciesPerYear      compulsory redundancies per year
 */
public record WorkforceIndicators(
        double annualTurnoverRate,
        double vacancyRate,
        double meanOpenVacancies,
        double meanTimeToFillMonths,
        double agencySpendGbpPerYear,
        double leaversPerYear,
        double careerLeaversPerYear,
        double hiresPerYear,
        double internalHiresPerYear,
        double crossPartnerMovesPerYear,
        double redeploymentsPerYear,
        double talentBankHiresPerYear,
        double externalHiresPerYear,
        double graduateHiresPerYear,
        double redundanciesPerYear) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The indicators' names, in record order, for tables and accumulators. */
    public static final List<String> NAMES = List.of("annualTurnoverRate", "vacancyRate", "meanOpenVacancies",
        "meanTimeToFillMonths", "agencySpendGbpPerYear", "leaversPerYear", "careerLeaversPerYear", "hiresPerYear",
        "internalHiresPerYear", "crossPartnerMovesPerYear", "redeploymentsPerYear", "talentBankHiresPerYear",
        "externalHiresPerYear", "graduateHiresPerYear", "redundanciesPerYear");

    public static WorkforceIndicators of(ArmResult result) {
        MonthlySeries x = result.series();
        int months = x.months();
        double years = months / 12.0;
        double cohort = x.total(Measure.COHORT_START);
        double leavers = 0;
        for (Measure reason : Measure.LEAVERS) leavers += x.total(reason);
        double establishment = x.total(Measure.ESTABLISHMENT) / months;
        double open = x.total(Measure.VACANCIES) / months;
        double fills = x.total(Measure.FILLS_COMPLETED);
        double agency = 0;
        for (int m = 0; m < months; m++) agency += result.ledger().monthTotal(m, CostCategory.AGENCY_PREMIUM);
        return new WorkforceIndicators(
                cohort == 0 ? 0 : x.total(Measure.COHORT_LEAVERS) / cohort,
                establishment == 0 ? 0 : open / establishment,
                open,
                fills == 0 ? 0 : x.total(Measure.FILL_MONTHS) / fills,
                agency / years,
                leavers / years,
                x.total(Measure.LEAVERS_CAREER) / years,
                fills / years,
                x.total(Measure.HIRES_INTERNAL) / years,
                x.total(Measure.MOVES_IN) / years,
                x.total(Measure.HIRES_REDEPLOYMENT) / years,
                x.total(Measure.HIRES_TALENT_BANK) / years,
                x.total(Measure.HIRES_EXTERNAL) / years,
                x.total(Measure.HIRES_GRADUATE) / years,
                x.total(Measure.LEAVERS_REDUNDANCY) / years);
    }

    /** The values in {@link #NAMES} order. */
    public double[] toArray() {
        return new double[] {annualTurnoverRate, vacancyRate, meanOpenVacancies, meanTimeToFillMonths,
            agencySpendGbpPerYear, leaversPerYear, careerLeaversPerYear, hiresPerYear, internalHiresPerYear,
            crossPartnerMovesPerYear, redeploymentsPerYear, talentBankHiresPerYear, externalHiresPerYear,
            graduateHiresPerYear, redundanciesPerYear};
    }
}
