package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Effect;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 6. Induction for every starter (direct cost, cut by shared induction, plus the starter's days);
 * a month of generic training for everyone in post (cut by a joint learning unit, plus the days). The
 * money and the days are booked apart: the days are staff time, not cash. The days are also recorded per
 * partner x job family for the workforce projection.
 * Specialist training is bought during mobility, where a move needs it.
 */
final class TrainingPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        int[] starters = m.starters;
        Parameters p = m.params;
        Layout layout = p.layout;
        TrainingParameters training = p.training;
        double[] inductionKeep = m.effects.combined(Effect.INDUCTION_COST_REDUCTION);
        double[] trainingKeep = m.effects.combined(Effect.TRAINING_COST_REDUCTION);
        for (int cell = 0; cell < layout.cells(); cell++) {
            int inPost = m.state.inPost[cell];
            if (inPost == 0 && starters[cell] == 0) continue;
            int partner = layout.partnerOfCell(cell);
            int pf = layout.pfOfCell(cell);
            double day = p.dayCostGbp(cell);
            double inductionDays = 0;
            if (starters[cell] > 0) {
                inductionDays = starters[cell] * training.inductionDays()[partner];
                m.cost(partner, CostCategory.INDUCTION, starters[cell] * training.inductionGbp()[partner] * inductionKeep[pf]);
                m.cost(partner, CostCategory.INDUCTION_TIME, starters[cell] * training.inductionDays()[partner] * day);
                starters[cell] = 0;
            }
            double genericDays = inPost * training.genericDaysPerHead()[partner] / 12;
            m.cost(partner, CostCategory.TRAINING, inPost * training.genericCostPerHeadGbp()[partner] * trainingKeep[pf] / 12);
            m.cost(partner, CostCategory.TRAINING_TIME, inPost * training.genericDaysPerHead()[partner] * day / 12);
            m.record(pf, Measure.TRAINING_DAYS, inductionDays + genericDays);
        }
    }
}
