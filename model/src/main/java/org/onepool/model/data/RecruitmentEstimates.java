package org.onepool.model.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.onepool.model.data.CampaignRow.Outcome;
import org.onepool.model.data.CampaignRow.Route;

/**
 * A partner's recruitment from its vacancy log over the fitting period: time to fill of external campaigns
 * (a lognormal), the share of campaigns that fail, the share of vacancies covered by agency staff, and
 * the vacancy rate.
 *
 * @param timeToFill         fitted to external campaigns opened and closed (filled or failed) in the period;
 *                           null when fewer than {@link #MIN_CAMPAIGNS}
 * @param sameDayCampaigns   campaigns closed the day they opened, left out of the fit (a lognormal has no zero)
 * @param failure            failed / (filled + failed) external campaigns in families that are not hard to
 *                           recruit; null when none
 * @param hardFailure        the same in hard-to-recruit families; null when none
 * @param agencyCover        share of vacancies with agency cover recorded yes, of those with it recorded
 * @param meanOpenVacancies  posts open on an average day of the period
 */
public record RecruitmentEstimates(LogNormalFit timeToFill, int sameDayCampaigns, Interval failure,
                                   Interval hardFailure, Interval agencyCover, long agencyRecorded,
                                   double meanOpenVacancies) {
    public static final int MIN_CAMPAIGNS = 10;

    public static RecruitmentEstimates of(List<CampaignRow> campaigns, RecordsPeriod period, Set<String> hardToRecruit) {
        List<CampaignRow> closed = campaigns.stream().filter(c -> c.route() == Route.EXTERNAL && c.closed() != null
                && !c.opened().isBefore(period.from()) && !c.closed().isAfter(period.fitUntil())
                && (c.outcome() == Outcome.FILLED || c.outcome() == Outcome.FAILED)).toList();
        double[] months = closed.stream().filter(c -> c.closed().isAfter(c.opened()))
                .mapToDouble(c -> Tenure.months(c.opened(), c.closed())).toArray();
        int sameDay = closed.size() - months.length;
        LogNormalFit fit = months.length >= MIN_CAMPAIGNS ? LogNormalFit.of(months) : null;
        Interval failure = failureShare(closed, c -> !hardToRecruit.contains(c.jobFamily()));
        Interval hard = failureShare(closed, c -> hardToRecruit.contains(c.jobFamily()));
        List<CampaignRow> recorded = campaigns.stream().filter(c -> c.agencyCover() != null && c.route() == Route.EXTERNAL
                && !c.opened().isBefore(period.from()) && !c.opened().isAfter(period.fitUntil())).toList();
        long covered = recorded.stream().filter(CampaignRow::agencyCover).count();
        Interval agency = recorded.isEmpty() ? null : Interval.share(covered, recorded.size());
        return new RecruitmentEstimates(fit, sameDay, failure, hard, agency, recorded.size(),
                meanOpen(campaigns, period.from(), period.fitUntil()));
    }

    private static Interval failureShare(List<CampaignRow> closed, Predicate<CampaignRow> which) {
        List<CampaignRow> these = closed.stream().filter(which).toList();
        if (these.isEmpty()) return null;
        return Interval.share(these.stream().filter(c -> c.outcome() == Outcome.FAILED).count(), these.size());
    }

    /** Posts open on an average day between {@code from} and {@code to}: open days in the period over its days. */
    public static double meanOpen(List<CampaignRow> campaigns, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days <= 0) return 0;
        double open = 0;
        for (CampaignRow c : campaigns) {
            LocalDate start = c.opened().isAfter(from) ? c.opened() : from;
            LocalDate end = c.closed() == null || c.closed().isAfter(to) ? to : c.closed();
            if (end.isAfter(start)) open += ChronoUnit.DAYS.between(start, end);
        }
        return open / days;
    }
}
