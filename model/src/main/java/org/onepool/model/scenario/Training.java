package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Training a partner gives: induction for starters, generic courses for all, specialist courses that grant skills. */
public record Training(
        @JsonPropertyDescription("Induction days per starter (costed at salary); its direct cost is "
                + "recruitment.inductionGbp. Default 2.") Uncertain inductionDays,
        @JsonPropertyDescription("Generic training (IT, health and safety, management) per member of staff "
                + "a year, GBP. Default 143 (LGA median).") Uncertain genericCostPerHeadGbp,
        @JsonPropertyDescription("Generic training days per member of staff a year. Default 1.")
        Uncertain genericDaysPerHead,
        @JsonPropertyDescription("Courses that grant a skill needed for some moves.")
        List<SpecialistCourse> specialist,
        @JsonPropertyDescription("Financial year its money (every field with Gbp, here and in the blocks inside) is "
                + "priced in, e.g. 2022-23; rebased to the price base year with the GDP deflator. Default: the "
                + "price base year.") String priceYear) {

    public Training {
        inductionDays = inductionDays == null ? Defaults.INDUCTION_DAYS : inductionDays;
        genericCostPerHeadGbp = genericCostPerHeadGbp == null ? Defaults.GENERIC_TRAINING_GBP : genericCostPerHeadGbp;
        genericDaysPerHead = genericDaysPerHead == null ? Defaults.GENERIC_TRAINING_DAYS : genericDaysPerHead;
        specialist = specialist == null ? List.of() : List.copyOf(specialist);
    }

    public static Training defaults() {
        return new Training(null, null, null, null, null);
    }
}
