package org.onepool.model.projection;

/**
 * What a projection gives for each row x financial year. Flows are totals over the year; stocks are at
 * the year's end or averaged over its month ends, as each says. Each carries its mean and P10/P50/P90 over
 * the replications, for every arm and for each option's difference from business as usual.
 */
public enum ProjectionMeasure {
    STAFF_IN_POST_START("staffInPostStart", "staff in post as the year starts (headcount)", false),
    STAFF_IN_POST("staffInPost", "staff in post at the year's last month end (headcount)", false),
    STAFF_IN_POST_MEAN("staffInPostMean", "staff in post averaged over the year's month ends", false),
    ESTABLISHMENT("establishment", "funded posts averaged over the year's month ends", false),
    VACANCIES("vacancies", "open vacancies averaged over the year's month ends", false),
    VACANCIES_YEAR_END("vacanciesYearEnd", "open vacancies at the year's last month end", false),
    VACANCY_RATE("vacancyRate", "vacancies / establishment, both averaged over the year", false),
    LEAVERS("leavers", "leavers of every reason in the year", false),
    LEAVERS_CAREER("leaversCareer", "leavers citing career development", false),
    LEAVERS_PAY("leaversPay", "leavers citing pay", false),
    LEAVERS_RELOCATION("leaversRelocation", "leavers relocating", false),
    LEAVERS_OTHER("leaversOther", "leavers for other reasons", false),
    LEAVERS_RETIREMENT("leaversRetirement", "retirements", false),
    LEAVERS_REDUNDANCY("leaversRedundancy", "compulsory redundancies", false),
    JOINERS("joiners", "staff joining from outside the partnership (external, talent bank, graduate/apprentice)", false),
    HIRES("hires", "posts filled in the year, every route", false),
    HIRES_EXTERNAL("hiresExternal", "posts filled by external campaigns", false),
    HIRES_INTERNAL("hiresInternal", "posts filled by promotion or moves within the partner", false),
    HIRES_CROSS_PARTNER("hiresCrossPartner", "posts filled by staff from another partner", false),
    HIRES_TALENT_BANK("hiresTalentBank", "posts filled from the talent bank", false),
    HIRES_GRADUATE("hiresGraduate", "posts filled by graduate or apprentice entrants", false),
    HIRES_REDEPLOYMENT("hiresRedeployment", "posts filled by redeploying staff whose posts were at risk", false),
    MOVES_IN("movesIn", "staff arriving from outside the row (another partner, or another job family where the row is one family)", false),
    MOVES_OUT("movesOut", "staff leaving for outside the row, as movesIn", false),
    AGENCY_FTE("agencyFte", "vacant posts covered by agency staff, averaged over the year's months (FTE)", false),
    AGENCY_SPEND_GBP("agencySpendGbp", "agency spend in full, nominal GBP (partner and overall rows only)", true),
    PAY_BILL_GBP("payBillGbp", "pay of staff in post plus agency spend, nominal GBP (partner and overall rows only)", true),
    TIME_TO_FILL_MONTHS("timeToFillMonths", "months from opening to filling, over vacancies filled in the year (0 when none)", false),
    SPECIALIST_TRAINED("specialistTrained", "staff trained in a specialist skill to make a move possible", false),
    TRAINING_DAYS("trainingDays", "training days taken: induction days of starters and generic training days of staff in post", false);

    public static final ProjectionMeasure[] ALL = values();
    public static final int COUNT = ALL.length;

    private final String id;
    private final String description;
    private final boolean partnerLevel;

    ProjectionMeasure(String id, String description, boolean partnerLevel) {
        this.id = id;
        this.description = description;
        this.partnerLevel = partnerLevel;
    }

    /** The name in projections.csv and summary.json. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Recorded per partner only (from the ledger): given for rows of every job family, not for one family. */
    public boolean partnerLevel() {
        return partnerLevel;
    }
}
