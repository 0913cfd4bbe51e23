package org.onepool.model.data;

import java.util.List;
import java.util.Map;
import org.onepool.model.scenario.ProfileBand;

/**
 * What the records say about one partner's job family.
 *
 * @param staffByGrade          staff in post on the list's date, lowest grade first
 * @param establishmentByGrade  staff in post plus posts open on the list's date
 * @param salaryByGradeGbp      mean full-time salary; grades with fewer than five staff share their neighbours'
 * @param bands                 leaving rates by tenure band (the partner's, all families, when
 *                              {@code bandsFromPartner})
 * @param reasonShares          share of counted leavers by the model's reason, with intervals
 * @param reasonLeavers         leavers the shares rest on
 * @param starterAges           age on joining of those who joined in the period; null when too few
 * @param staffAtStart          staff in post at the start of the period (rebuilt from both lists)
 * @param staffAtFitEnd         staff in post at the end of the fitting period
 */
public record FamilyEstimate(String jobFamily, List<Integer> staffByGrade, List<Integer> establishmentByGrade,
                             List<Double> salaryByGradeGbp, List<BandRate> bands, boolean bandsFromPartner,
                             Map<LeavingReason, Interval> reasonShares, int reasonLeavers, boolean reasonsFromPartner,
                             List<ProfileBand> starterAges, double establishmentChangePerYear, int staffAtStart,
                             int staffAtFitEnd) {
    public FamilyEstimate {
        staffByGrade = List.copyOf(staffByGrade);
        establishmentByGrade = List.copyOf(establishmentByGrade);
        salaryByGradeGbp = List.copyOf(salaryByGradeGbp);
        bands = List.copyOf(bands);
        reasonShares = Map.copyOf(reasonShares);
        starterAges = starterAges == null ? null : List.copyOf(starterAges);
    }

    public int establishment() {
        return establishmentByGrade.stream().mapToInt(Integer::intValue).sum();
    }

    public int staff() {
        return staffByGrade.stream().mapToInt(Integer::intValue).sum();
    }
}
