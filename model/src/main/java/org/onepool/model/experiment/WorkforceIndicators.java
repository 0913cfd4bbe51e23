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
 * @param annualTurnoverRate       cohort definition (the stated tenure-band rates' meaning): share of staff
 *                                 in post at the start of a financial year who leave during it, retirement
 *                                 and redundancy apart; a part year (the first and last when the appraisal
 *                                 does not start in April) is annualised as 1 - (1 - rate)^(12 / months),
 *                                 and years are weighted by the staff in post at their start
 * @param leaversOverStaffInPostRate staff-in-post definition (DfE, LGA): leavers of every reason, retirement
 *                                 and redundancy included, per year / mean staff in post (headcount)
 * @param vacancyRate              mean open vacancies / mean establishment (establishment = staff in post +
 *                                 vacancies: the DfE's vacancies / (vacancies + staff in post))
 * @param agencyCoverShare         vacant post-months covered by agency staff / vacant post-months
 * @param meanOpenVacancies        open vacancies at month end, averaged over months
 * @param meanTimeToFillMonths     months from a vacancy opening to its filling, over filled vacancies
 * @param agencyPremiumGbpPerYear  agency premium per year: the charge above the covered posts' pay (real)
 * @param agencySpendGbpPerYear    agency spend in full per year: the charge up to the covered posts' pay and
 *                                 the premium above it (real), the figure a budget book shows
 * @param leaversPerYear           leavers of every reason per year
 * @param careerLeaversPerYear     leavers citing career development per year
 * @param payLeaversPerYear        leavers citing pay per year
 * @param relocationLeaversPerYear leavers citing relocation per year
 * @param otherLeaversPerYear      leavers for other reasons per year
 * @param retirementsPerYear       retirements per year
 * @param meanStaffInPost          staff in post (headcount) at month end, averaged over months
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
        double leaversOverStaffInPostRate,
        double vacancyRate,
        double agencyCoverShare,
        double meanOpenVacancies,
        double meanTimeToFillMonths,
        double agencyPremiumGbpPerYear,
        double agencySpendGbpPerYear,
        double leaversPerYear,
        double careerLeaversPerYear,
        double payLeaversPerYear,
        double relocationLeaversPerYear,
        double otherLeaversPerYear,
        double retirementsPerYear,
        double meanStaffInPost,
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
    public static final List<String> NAMES = List.of("annualTurnoverRate", "leaversOverStaffInPostRate",
        "vacancyRate", "agencyCoverShare", "meanOpenVacancies", "meanTimeToFillMonths", "agencyPremiumGbpPerYear",
        "agencySpendGbpPerYear",
        "leaversPerYear", "careerLeaversPerYear", "payLeaversPerYear", "relocationLeaversPerYear",
        "otherLeaversPerYear", "retirementsPerYear", "meanStaffInPost", "hiresPerYear",
        "internalHiresPerYear", "crossPartnerMovesPerYear", "redeploymentsPerYear", "talentBankHiresPerYear",
        "externalHiresPerYear", "graduateHiresPerYear", "redundanciesPerYear");

    public static WorkforceIndicators of(ArmResult result) {
        MonthlySeries x = result.series();
        int months = x.months();
        double years = months / 12.0;
        double leavers = 0;
        for (Measure reason : Measure.LEAVERS) leavers += x.total(reason);
        double establishment = x.total(Measure.ESTABLISHMENT) / months;
        double open = x.total(Measure.VACANCIES) / months;
        double staffInPost = x.total(Measure.HEADCOUNT) / months;
        double vacantMonths = x.total(Measure.VACANCIES);
        double fills = x.total(Measure.FILLS_COMPLETED);
        double premium = 0;
        double cover = 0;
        for (int m = 0; m < months; m++) {
            premium += result.ledger().monthTotal(m, CostCategory.AGENCY_PREMIUM);
            cover += result.ledger().monthTotal(m, CostCategory.AGENCY_COVER);
        }
        return new WorkforceIndicators(
                cohortRate(x),
                staffInPost == 0 ? 0 : leavers / years / staffInPost,
                establishment == 0 ? 0 : open / establishment,
                vacantMonths == 0 ? 0 : x.total(Measure.AGENCY_MONTHS) / vacantMonths,
                open,
                fills == 0 ? 0 : x.total(Measure.FILL_MONTHS) / fills,
                premium / years,
                (cover + premium) / years,
                leavers / years,
                x.total(Measure.LEAVERS_CAREER) / years,
                x.total(Measure.LEAVERS_PAY) / years,
                x.total(Measure.LEAVERS_RELOCATION) / years,
                x.total(Measure.LEAVERS_OTHER) / years,
                x.total(Measure.LEAVERS_RETIREMENT) / years,
                staffInPost,
                fills / years,
                x.total(Measure.HIRES_INTERNAL) / years,
                x.total(Measure.MOVES_IN) / years,
                x.total(Measure.HIRES_REDEPLOYMENT) / years,
                x.total(Measure.HIRES_TALENT_BANK) / years,
                x.total(Measure.HIRES_EXTERNAL) / years,
                x.total(Measure.HIRES_GRADUATE) / years,
                x.total(Measure.LEAVERS_REDUNDANCY) / years);
    }

    /**
     * The cohort rate of each financial year (a cohort is marked at month 0 and each April), annualised over
     * a part year, averaged over years weighted by their cohorts: a constant monthly hazard q reads
     * 1 - (1 - q)^12 whatever the start month.
     */
    static double cohortRate(MonthlySeries x) {
        double weighted = 0;
        double cohorts = 0;
        int m = 0;
        while (m < x.months()) {
            double start = x.total(m, Measure.COHORT_START);
            double left = 0;
            int end = m;
            do {
                left += x.total(end, Measure.COHORT_LEAVERS);
                end++;
            } while (end < x.months() && x.total(end, Measure.COHORT_START) == 0);
            if (start > 0) {
                double rate = Math.min(1, left / start);
                weighted += start * (1 - Math.pow(1 - rate, 12.0 / (end - m)));
                cohorts += start;
            }
            m = end;
        }
        return cohorts == 0 ? 0 : weighted / cohorts;
    }

    /** The values in {@link #NAMES} order. */
    public double[] toArray() {
        return new double[] {annualTurnoverRate, leaversOverStaffInPostRate, vacancyRate, agencyCoverShare,
            meanOpenVacancies, meanTimeToFillMonths, agencyPremiumGbpPerYear, agencySpendGbpPerYear, leaversPerYear, careerLeaversPerYear,
            payLeaversPerYear, relocationLeaversPerYear, otherLeaversPerYear, retirementsPerYear, meanStaffInPost,
            hiresPerYear, internalHiresPerYear,
            crossPartnerMovesPerYear, redeploymentsPerYear, talentBankHiresPerYear, externalHiresPerYear,
            graduateHiresPerYear, redundanciesPerYear};
    }
}
