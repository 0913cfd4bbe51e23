package org.onepool.reports;

import java.util.Map;

/** Plain-English names for the report's codes. */
final class ReportText {
    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("advertising", "Advertising"),
            Map.entry("recruitmentAdmin", "Recruitment admin (staff time)"),
            Map.entry("checks", "Pre-employment checks"),
            Map.entry("induction", "Induction"),
            Map.entry("inductionTime", "Induction days (staff time)"),
            Map.entry("agencyPremium", "Agency premium"),
            Map.entry("unfilledPosts", "Lost service, net of pay released"),
            Map.entry("training", "Training"),
            Map.entry("trainingTime", "Training days (staff time)"),
            Map.entry("redundancy", "Redundancy"),
            Map.entry("payInPost", "Pay of staff in post"),
            Map.entry("agencyCover", "Agency cover up to the post's pay"),
            Map.entry("vacantPostPay", "Pay of vacant posts (underspend)"),
            Map.entry("paymentsToStaff", "Payments to staff"),
            Map.entry("transfers", "Transfers between partners"),
            Map.entry("interventionSetup", "Option set-up"),
            Map.entry("interventionRunning", "Option running"),
            Map.entry("hrStaff", "HR and other posts"),
            Map.entry("pensionStrain", "Pension strain (early pensions on redundancy)"),
            Map.entry("traineePay", "Trainees' pay (graduate scheme)"),
            Map.entry("supernumeraryPay", "Supernumerary posts (completers waiting for a post)"));

    private static final Map<String, String> INDICATORS = Map.ofEntries(
            Map.entry("annualTurnoverRate", "Turnover, cohort definition (those in post at the year's start who"
                    + " leave in it; retirement apart)"),
            Map.entry("leaversOverStaffInPostRate", "Turnover, staff-in-post definition (leavers a year / average"
                    + " staff in post, headcount; retirement included, as DfE and LGA)"),
            Map.entry("vacancyRate", "Vacancy rate (vacancies / (vacancies + staff in post))"),
            Map.entry("agencyCoverShare", "Share of vacant post-months covered by agency staff"),
            Map.entry("meanOpenVacancies", "Open vacancies"),
            Map.entry("meanTimeToFillMonths", "Time to fill (months)"),
            Map.entry("agencyPremiumGbpPerYear", "Agency premium a year"),
            Map.entry("agencySpendGbpPerYear", "Agency spend a year, in full"),
            Map.entry("leaversPerYear", "Leavers a year"),
            Map.entry("careerLeaversPerYear", "Leavers for career reasons a year"),
            Map.entry("payLeaversPerYear", "Leavers for pay a year"),
            Map.entry("relocationLeaversPerYear", "Leavers relocating a year"),
            Map.entry("otherLeaversPerYear", "Leavers for other reasons a year"),
            Map.entry("retirementsPerYear", "Retirements a year"),
            Map.entry("meanStaffInPost", "Staff in post (headcount)"),
            Map.entry("hiresPerYear", "Vacancies filled a year"),
            Map.entry("internalHiresPerYear", "Internal promotions a year"),
            Map.entry("crossPartnerMovesPerYear", "Moves between partners a year"),
            Map.entry("redeploymentsPerYear", "Redeployments a year"),
            Map.entry("talentBankHiresPerYear", "Talent-bank hires a year"),
            Map.entry("externalHiresPerYear", "External hires a year"),
            Map.entry("graduateHiresPerYear", "Graduate entrants a year"),
            Map.entry("redundanciesPerYear", "Redundancies a year"));

    private ReportText() {
    }

    static String category(String id) {
        return CATEGORIES.getOrDefault(id, id);
    }

    static String indicator(String name) {
        return INDICATORS.getOrDefault(name, name);
    }

    /** How an indicator's value reads. */
    static String indicatorValue(String name, double value) {
        if (name.endsWith("Rate")) return String.format(java.util.Locale.UK, "%.1f%%", value * 100);
        if (name.endsWith("Gbp") || name.contains("GbpPer")) return Formats.money(value);
        if (name.endsWith("Months")) return String.format(java.util.Locale.UK, "%.1f", value);
        return Formats.count(value);
    }
}
