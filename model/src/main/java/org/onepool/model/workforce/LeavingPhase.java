package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 2. Everyone ages a month; retirements; voluntary leaving from the month's hazard table with a
 * reason for each leaver; redundancy for staff at risk past the redeployment period (with the pension strain
 * of those old enough for it to release their pension). The leaving draw
 * for a person in a month is addressed by (id, month), so it is the same in every arm.
 */
final class LeavingPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final long REASON = 1L << 40;
    /** How a pass over those who stay ended. */
    private static final int NONE_LEFT = 0, RETIRES = 1, RESIGNS = 2, MADE_REDUNDANT = 3;
    private static final Measure[] REASONS = {Measure.LEAVERS_CAREER, Measure.LEAVERS_PAY,
        Measure.LEAVERS_RELOCATION, Measure.LEAVERS_OTHER};

    /** Staff who stayed this month and could fill a vacancy: this phase marks them, mobility reads them. */
    private final CandidateBuckets candidates;

    LeavingPhase(CandidateBuckets candidates) {
        this.candidates = candidates;
    }

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        Parameters p = m.params;
        StaffTable staff = m.state.staff;
        HazardRowCache rows = m.hazardRows;
        rows.beginLeavingPass();
        if (m.bandRecord != null && m.reporting()) m.bandRecord.expose(m, m.month + 1);
        // The hot loop reads only local copies of the arrays; rows change but no array is replaced here.
        final int[] ids = staff.id();
        final int[] hazardRow = rows.row;
        final int[] hazardRowUntil = rows.until;
        final byte[] flags = staff.flags();
        final int[] cells = staff.cell();
        final int[] joined = staff.joinedMonth();
        final GraduatePipeline pipeline = m.pipeline;
        final byte[] riskMonths = staff.riskMonths();
        final long[] threshold = m.hazards.flatThreshold;
        final int redeployment = p.leaving.redeploymentMonths();
        final int now = m.month + 1;
        final long keyBase = RandomStreams.keyBase(m.leavingSeed, m.month);
        int size = staff.size;
        final long[] candidateBits = candidates.reserve(size);
        long word = 0;
        int i = 0;
        while (i < size) {
            // Those who stay, up to the next leaver: a counted loop over unchanging bounds.
            int outcome = NONE_LEFT;
            for (; i < size; i++) {
                // A cached row holds until retirement, a new tenure band or the start of stagnation.
                if (now >= hazardRowUntil[i] && !rows.refresh(i, now)) {
                    outcome = RETIRES;
                    break;
                }
                int row = hazardRow[i];
                int flag = flags[i];
                long leaves = threshold[row];
                if ((flag & StaffTable.COMPLETER) != 0) {
                    leaves = pipeline.completerThreshold(leaves, p.pfOfCell[cells[i]], now - joined[i]);
                }
                if (RandomStreams.bits53(keyBase, ids[i]) < leaves) {
                    outcome = RESIGNS;
                    break;
                }
                int atRisk = flag & StaffTable.AT_RISK;
                if (atRisk != 0 && ++riskMonths[i] > redeployment) {
                    outcome = MADE_REDUNDANT;
                    break;
                }
                // Those who stay keep row i this month: mark the at-risk and the stagnating as candidates
                // for mobility, a bit per row kept in a register: no branch on whether someone is stagnating
                // (a coin flip per person) and one store per 64 rows.
                word |= (long) (atRisk | Hazards.stagnating(row)) << i;
                if ((i & 63) == 63) {
                    candidateBits[i >>> 6] = word;
                    word = 0;
                }
            }
            if (outcome == NONE_LEFT) break;
            // Row i leaves; the last row takes its place and is stepped next.
            int cell = staff.cell()[i];
            int pf = p.pfOfCell[cell];
            Measure reason = Measure.LEAVERS_RETIREMENT;
            if (outcome == RESIGNS) {
                int r = reason(m, hazardRow[i], ids[i]);
                reason = REASONS[r];
                if (m.bandRecord != null && m.reporting()) m.bandRecord.left(pf, m.hazards.band(pf, hazardRow[i]), r);
            } else if (outcome == MADE_REDUNDANT) {
                reason = Measure.LEAVERS_REDUNDANCY;
                int partner = p.layout.partnerOfCell(cell);
                m.cost(partner, CostCategory.REDUNDANCY, p.leaving.redundancyCostGbp()[partner]);
                if (m.month - staff.bornMonth()[i] >= p.leaving.pensionStrainFromAgeMonths()[partner]) {
                    m.cost(partner, CostCategory.PENSION_STRAIN, p.leaving.pensionStrainGbp()[partner]);
                }
            }
            leave(m, i, cell, pf, reason);
            size = staff.size;
        }
        if ((size & 63) != 0) candidateBits[size >>> 6] = word;
        candidates.marked(size);
    }

    /** The reason of a leaver on a hazard row: drawn in proportion to each reason's share of the row's hazard. */
    private static int reason(WorkforceModel m, int row, int id) {
        double[] w = m.hazards.reasonWeight;
        int base = row * Hazards.REASONS;
        double total = w[base] + w[base + 1] + w[base + 2] + w[base + 3];
        double u = RandomStreams.uniform(m.leavingSeed, id + REASON, m.month) * total;
        for (int r = 0; r < Hazards.REASONS - 1; r++) {
            u -= w[base + r];
            if (u < 0) return r;
        }
        return Hazards.REASONS - 1;
    }

    private static void leave(WorkforceModel m, int i, int cell, int pf, Measure reason) {
        StaffTable staff = m.state.staff;
        WorkforceState s = m.state;
        s.inPost[cell]--;
        if (staff.is(i, StaffTable.AT_RISK)) s.atRisk[cell]--;
        m.record(pf, reason, 1);
        if (staff.is(i, StaffTable.IN_COHORT) && reason != Measure.LEAVERS_RETIREMENT
                && reason != Measure.LEAVERS_REDUNDANCY) {
            m.record(pf, Measure.COHORT_LEAVERS, 1);
        }
        if (staff.is(i, StaffTable.COMPLETER) && reason != Measure.LEAVERS_RETIREMENT
                && reason != Measure.LEAVERS_REDUNDANCY) {
            m.record(pf, Measure.COMPLETER_LEAVERS, 1);
        }
        staff.removeSwap(i);
        m.openVacancyIfShort(cell);
    }
}
