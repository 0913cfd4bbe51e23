package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A job family: staff who do the same kind of work, whichever partner employs them. */
public record JobFamily(
        @JsonProperty(required = true) @JsonPropertyDescription("Short identifier used elsewhere in the file.")
        String id,
        @JsonProperty(required = true) String name,
        @JsonPropertyDescription("Whether staff in this family may move between partners when a pool is open. "
                + "Default true.") Boolean poolable,
        @JsonPropertyDescription("Vetting the posts need: none, enhanced, or police (a wall: never pooled "
                + "across partners). Default none.") Vetting vetting,
        @JsonPropertyDescription("Hard-to-recruit roles fail campaigns more often. Default false.")
        Boolean hardToRecruit,
        @JsonProperty(required = true)
        @JsonPropertyDescription("Market salary for a mid-grade post, GBP a year; a pay gap to it raises leaving.")
        Uncertain marketSalaryGbp,
        @JsonPropertyDescription("Number of grades in the family's career ladder (1 to 10). Default 4.")
        Integer grades,
        @JsonPropertyDescription("Skill a member of staff needs to move into this family at another partner; "
                + "specialist courses grant skills. Optional.") String crossPartnerSkill,
        @JsonPropertyDescription("Share of leavers' posts whose recruitment starts during the leaver's notice "
                + "period, so the campaign ends that much sooner after the post falls vacant. Default 0 "
                + "(recruitment starts when the post falls vacant).") Uncertain recruitDuringNoticeShare,
        @JsonPropertyDescription("Financial year its money (every field with Gbp, here and in the blocks inside) is "
                + "priced in, e.g. 2022-23; rebased to the price base year with the GDP deflator. Default: the "
                + "price base year.") String priceYear) {

    public JobFamily {
        poolable = poolable == null ? Boolean.TRUE : poolable;
        vetting = vetting == null ? Vetting.NONE : vetting;
        hardToRecruit = hardToRecruit == null ? Boolean.FALSE : hardToRecruit;
        grades = grades == null ? 4 : grades;
        recruitDuringNoticeShare = recruitDuringNoticeShare == null ? Uncertain.of(0) : recruitDuringNoticeShare;
    }
}
