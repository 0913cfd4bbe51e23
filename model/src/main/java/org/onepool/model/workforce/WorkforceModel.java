package org.onepool.model.workforce;

import org.onepool.model.finance.Ledger;
import org.onepool.model.scenario.CostCategory;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run of the workforce over a span of months, on MASON. Each month is one schedule step whose
 * phases run in a fixed order: demand, leaving, internal mobility, recruitment, cover, training,
 * ledger. Phases step over the compact state in index order; no member of staff is a Steppable.
 * MASON's own generator is used by nobody: the processes draw from {@link RandomStreams}.
 *
 * <p>One clock: MASON's schedule. The step at schedule time t is month {@code firstMonth + t}; it is
 * read into {@link #month} as the step begins, and every phase reads that. Nothing else counts months.
 */
public final class WorkforceModel extends SimState {
    private static final long serialVersionUID = 1L;
    /** The month's steps in order: read the clock, then the phases (per model, since phases keep scratch buffers). */
    private final transient Steppable[] steps;

    final transient Parameters params;
    final transient ArmEffects effects;
    final transient WorkforceState state;
    final transient Hazards hazards;
    /** Each person's row of this model's leaving table, and when it must be worked out again. */
    final transient HazardRowCache hazardRows;
    final transient PopulationBuilder population;
    /** Graduate schemes' trainees and completers waiting for a post. */
    final transient GraduatePipeline pipeline;
    final transient Ledger ledger;
    final transient MonthlySeries series;
    final long leavingSeed;
    /**
     * Seeds of the per-event draws, keyed by what they belong to ({@code RandomStreams.uniform(seed, vacancy
     * key, month * 8 + purpose)}): mobility, recruitment, and whether a ramping-up mechanism applies (which
     * business as usual never asks).
     */
    final long mobilitySeed;
    final long recruitmentSeed;
    final long rampSeed;
    /** Per cell: establishment this month; starters this month (for induction). */
    final int[] target;
    final int[] starters;
    /** Leavers and exposure per tenure band, when a check asks for them (else null: nothing is counted). */
    BandRecord bandRecord;
    /** The month of schedule time 0. */
    private final int firstMonth;
    /** The month being stepped: the schedule's time, read as each step begins. */
    int month;

    WorkforceModel(Parameters params, ArmEffects effects, WorkforceState state, Hazards hazards,
                   RandomStreams streams, int firstMonth, int phase) {
        super(streams.seed(RandomStreams.Process.UNCERTAINTY, 99));
        this.params = params;
        this.effects = effects;
        this.state = state;
        this.hazards = hazards;
        this.hazardRows = new HazardRowCache(state.staff, hazards, params);
        this.population = new PopulationBuilder(params, streams);
        this.pipeline = new GraduatePipeline(params, effects);
        this.ledger = new Ledger(params.horizonMonths, params.layout.partners());
        this.series = new MonthlySeries(params.horizonMonths, params.layout.pfs());
        this.leavingSeed = streams.seed(RandomStreams.Process.LEAVING, 0);
        this.mobilitySeed = streams.seed(RandomStreams.Process.MOBILITY, phase);
        this.recruitmentSeed = streams.seed(RandomStreams.Process.RECRUITMENT, phase);
        this.rampSeed = streams.seed(RandomStreams.Process.MOBILITY, phase + 100);
        this.target = new int[params.layout.cells()];
        this.starters = new int[params.layout.cells()];
        this.firstMonth = firstMonth;
        this.month = firstMonth;
        for (int cell = 0; cell < target.length; cell++) target[cell] = state.inPost[cell] + state.openVacancies[cell];
        if (firstMonth == 0) {
            for (int cell = 0; cell < target.length; cell++) {
                if (state.inPost[cell] != 0) record(params.layout.pfOfCell(cell), Measure.OPENING_HEADCOUNT, state.inPost[cell]);
            }
        }
        // The leaving phase hands mobility the staff who stayed and could fill a vacancy, each month.
        CandidateBuckets candidates = new CandidateBuckets(params.layout.cells());
        this.steps = new Steppable[] {model -> readClock(), new DemandPhase(), new LeavingPhase(candidates),
            new MobilityPhase(candidates), new RecruitmentPhase(), new CoverPhase(), new TrainingPhase(),
            new LedgerPhase()};
    }

    private void readClock() {
        month = firstMonth + (int) (schedule.getTime() - Schedule.EPOCH);
    }

    /** The month the next schedule step is for. */
    private int nextMonth() {
        return firstMonth + (int) (schedule.getTime() - Schedule.EPOCH) + 1;
    }

    @Override
    public void start() {
        super.start();
        // One repeating event per month stepping the phases in order: the schedule's queue then handles
        // one event a month instead of seven.
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new Sequence(steps), 1.0);
    }

    /** Runs months until {@code endMonth} (exclusive): one schedule step each. */
    void runUntil(int endMonth) {
        start();
        while (nextMonth() < endMonth) schedule.step(this);
        finish();
    }

    boolean reporting() {
        return month >= 0;
    }

    void record(int pf, Measure measure, double amount) {
        if (month >= 0) series.add(month, pf, measure, amount);
    }

    /** Books a cost of a partner: to the partner whose budget bears it (a contractor's commissioner, if so). */
    void cost(int partner, CostCategory category, double gbp) {
        if (month >= 0 && gbp != 0) ledger.add(month, params.payer[partner], category, gbp);
    }

    /** A uniform draw for vacancy v this month, for one purpose (0 to 7), from a keyed stream. */
    double draw(long seed, int v, int purpose) {
        return draw(seed, v, purpose, 0);
    }

    /** The n-th such draw (n-th offer, n-th attempt). */
    double draw(long seed, int v, int purpose, int n) {
        return RandomStreams.uniform(seed, state.vacancies.key(v), month * 8L + purpose + ((long) n << 40));
    }

    /** A payment from one partner to another (e.g. for a shared service one of them hosts). */
    void transfer(int payer, int receiver, double gbp) {
        if (month >= 0 && gbp != 0) ledger.transfer(month, params.payer[payer], params.payer[receiver], gbp);
    }

    /** Opens a vacancy in a cell if its posts are not all filled or already being recruited to. */
    void openVacancyIfShort(int cell) {
        if (state.inPost[cell] + state.openVacancies[cell] < target[cell]) {
            state.vacancies.open(cell, month, state.vacanciesOpened[cell]++);
            state.openVacancies[cell]++;
        }
    }

    /** Closes vacancy v as filled this month, recording its time to fill. */
    void fill(int v) {
        VacancyTable vac = state.vacancies;
        int cell = vac.cell()[v];
        vac.state()[v] = VacancyTable.CLOSED;
        state.openVacancies[cell]--;
        int pf = params.layout.pfOfCell(cell);
        record(pf, Measure.FILLS_COMPLETED, 1);
        record(pf, Measure.FILL_MONTHS, month - vac.openedMonth()[v]);
    }

    /** Moves staff member i into the vacancy v's post; the post left behind may open a vacancy. */
    void move(int i, int v, Measure route) {
        StaffTable staff = state.staff;
        Layout layout = params.layout;
        int from = staff.cell()[i];
        int to = state.vacancies.cell()[v];
        fill(v);
        state.inPost[from]--;
        state.inPost[to]++;
        staff.moveTo(i, to, month + 1);
        hazardRows.forget(i);
        if (staff.is(i, StaffTable.AT_RISK)) {
            staff.set(i, StaffTable.AT_RISK, false);
            staff.riskMonths()[i] = 0;
            state.atRisk[from]--;
        }
        int fromPf = layout.pfOfCell(from);
        int toPf = layout.pfOfCell(to);
        record(toPf, route, 1);
        if (fromPf != toPf) {
            record(fromPf, Measure.TRANSFERS_OUT, 1);
            record(toPf, Measure.TRANSFERS_IN, 1);
        }
        if (layout.familyOfCell(from) != layout.familyOfCell(to)) {
            record(fromPf, Measure.FAMILY_MOVES_OUT, 1);
            record(toPf, Measure.FAMILY_MOVES_IN, 1);
        }
        if (layout.partnerOfCell(from) != layout.partnerOfCell(to)) {
            record(fromPf, Measure.MOVES_OUT, 1);
            record(toPf, Measure.MOVES_IN, 1);
            starters[to]++;
        }
        openVacancyIfShort(from);
    }
}
