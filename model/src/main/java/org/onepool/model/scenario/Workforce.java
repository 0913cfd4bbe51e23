package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** One partner's staff in one job family. */
public record Workforce(
        @JsonProperty(required = true) @JsonPropertyDescription("Job family id.") String jobFamily,
        @JsonProperty(required = true) @JsonPropertyDescription("Establishment (funded posts) at month 0.")
        int headcount,
        @JsonPropertyDescription("Share of posts at each grade, lowest first; one entry per grade of the family. "
                + "Default: a pyramid.") List<Double> gradeMix,
        @JsonProperty(required = true)
        @JsonPropertyDescription("Mean salary at each grade, GBP a year, lowest first; or one figure for all.")
        List<Double> salaryByGradeGbp,
        @JsonPropertyDescription("Age profile of staff in post. Default: 20 to 65, centred on the mid-40s.")
        List<ProfileBand> ageProfile,
        @JsonPropertyDescription("Tenure profile of staff in post, in years. Default: steady-state for the "
                + "leaving rates.") List<ProfileBand> tenureProfile,
        @JsonPropertyDescription("Planned change in establishment per year (e.g. -0.02 for 2% downsizing).")
        Uncertain establishmentChangePerYear,
        @JsonPropertyDescription("Share of staff who are engaged, 0 to 1 (staff survey). Default 0.7.")
        Uncertain engagedShare,
        @JsonPropertyDescription("Full-time equivalents per head, above 0 and at most 1 (FTE / headcount), when the "
                + "headcount counts people of whom some work part time: salaries stay full-time rates, and pay, the pay "
                + "an empty post releases, agency cover and staff time are costed at salary x this. Default: the "
                + "headcount is in full-time equivalents.") Uncertain ftePerHead,
        @JsonProperty(required = true) Turnover turnover,
        @JsonPropertyDescription("Financial year its money (every field with Gbp, here and in the blocks inside) is "
                + "priced in, e.g. 2022-23; rebased to the price base year with the GDP deflator. Default: the "
                + "price base year.") String priceYear) {

    public Workforce {
        gradeMix = gradeMix == null ? null : List.copyOf(gradeMix);
        salaryByGradeGbp = salaryByGradeGbp == null ? null : List.copyOf(salaryByGradeGbp);
        ageProfile = ageProfile == null ? DEFAULT_AGE : List.copyOf(ageProfile);
        tenureProfile = tenureProfile == null ? null : List.copyOf(tenureProfile);
        establishmentChangePerYear = establishmentChangePerYear == null ? Uncertain.of(0) : establishmentChangePerYear;
        engagedShare = engagedShare == null ? Defaults.ENGAGED_SHARE : engagedShare;
    }

    /** A public-sector age profile (LGA workforce surveys: median age in the mid-40s). */
    public static final List<ProfileBand> DEFAULT_AGE = List.of(
            new ProfileBand(18, 25, 0.07), new ProfileBand(25, 35, 0.20), new ProfileBand(35, 45, 0.23),
            new ProfileBand(45, 55, 0.29), new ProfileBand(55, 65, 0.21));
}
