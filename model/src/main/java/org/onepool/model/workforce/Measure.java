package org.onepool.model.workforce;

/** What one replication records each month for each partner x job family. */
public enum Measure {
    /** Staff in post at the end of the month. */
    HEADCOUNT,
    /** Funded posts at the end of the month. */
    ESTABLISHMENT,
    /** Open vacancies at the end of the month. */
    VACANCIES,
    LEAVERS_CAREER,
    LEAVERS_PAY,
    LEAVERS_RELOCATION,
    LEAVERS_OTHER,
    LEAVERS_RETIREMENT,
    LEAVERS_REDUNDANCY,
    /** Vacancies filled by promotion within the same partner. */
    HIRES_INTERNAL,
    /** Vacancies filled by staff moving from another partner (career paths across the pool). */
    HIRES_CROSS_PARTNER,
    /** Vacancies filled by staff whose posts were at risk. */
    HIRES_REDEPLOYMENT,
    HIRES_TALENT_BANK,
    HIRES_EXTERNAL,
    HIRES_GRADUATE,
    /** Staff arriving from another partner (any route). */
    MOVES_IN,
    /** Staff leaving for another partner (any route). */
    MOVES_OUT,
    /** Vacancies filled this month, and the months they were open. */
    FILLS_COMPLETED,
    FILL_MONTHS,
    /** Vacant post-months covered by agency staff. */
    AGENCY_MONTHS,
    /** Staff in post at the start of a financial year, and how many of them left (retirement apart) in it. */
    COHORT_START,
    COHORT_LEAVERS,
    /** Hires made through shared services (for cost sharing by usage). */
    SHARED_HIRES,
    /** Staff trained in a specialist skill to make a move possible. */
    SPECIALIST_TRAINED,
    /** Staff arriving from, and leaving for, another partner x job family (any route, cross-partner included). */
    TRANSFERS_IN,
    TRANSFERS_OUT,
    /** Staff arriving from, and leaving for, another job family (within a partner or across partners). */
    FAMILY_MOVES_IN,
    FAMILY_MOVES_OUT,
    /** Staff in post as the run starts: recorded in month 0 only, so a projection's first year has a start. */
    OPENING_HEADCOUNT,
    /** Training days taken: induction days of the month's starters and a twelfth of the yearly generic days of staff in post. */
    TRAINING_DAYS,
    /** Graduate scheme: trainees in training, and completers in supernumerary posts, at the end of the month. */
    TRAINEES,
    SUPERNUMERARIES,
    /** Graduate scheme: entrants completing their training (recorded where they trained). */
    COMPLETERS,
    /** Graduate scheme: completers in posts who leave (any reason but retirement and redundancy). */
    COMPLETER_LEAVERS;

    public static final Measure[] ALL = values();
    public static final int COUNT = ALL.length;

    /** Leavers of every reason. */
    public static final Measure[] LEAVERS = {LEAVERS_CAREER, LEAVERS_PAY, LEAVERS_RELOCATION, LEAVERS_OTHER,
        LEAVERS_RETIREMENT, LEAVERS_REDUNDANCY};
}
