package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioLoader;
import org.onepool.model.scenario.ScenarioValues;
import sim.engine.Steppable;

/**
 * The leaving pass reads each person's hazard row from a cache that is refreshed only at retirement, a
 * new tenure band, the start of stagnation, a move or a change of engagement thresholds. After every
 * leaving pass the cached row of everyone still in post must be the row worked out afresh from their
 * tenure, time in post and engagement, on an option that moves staff and ramps engagement up.
 */
class HazardRowCacheTest {

    @Test
    void everyCachedHazardRowIsTheRowWorkedOutAfresh() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("../scenarios/one-oxfordshire.yaml"));
        Option fullOffer = scenario.options().stream().filter(o -> o.id().equals("full-offer")).findFirst().orElseThrow();
        ScenarioValues values = ScenarioValues.central();
        Parameters params = new Parameters(scenario, values);
        RandomStreams streams = new RandomStreams(11);
        WorkforceState state = new PopulationBuilder(params, streams).initialState(-24);
        Hazards hazards = new Hazards(params);
        hazards.calibrate(state.staff, -24);
        WorkforceModel model = new WorkforceModel(params, new ArmEffects(params, new Arm(fullOffer, null), values),
                state, hazards, streams, -24, 1);
        Steppable[] phases = {new DemandPhase(), new LeavingPhase(), new MobilityPhase(), new RecruitmentPhase(),
            new CoverPhase(), new TrainingPhase(), new LedgerPhase()};

        int checked = 0;
        int engagementChanges = 0;
        while (model.month < 36) {
            phases[0].step(model);
            if (hazards.engagementChanged) engagementChanges++;
            phases[1].step(model);
            checked += assertCacheMatches(model, model.month + 1);
            for (int k = 2; k < phases.length; k++) phases[k].step(model);
        }
        assertThat(engagementChanges).as("months whose engagement thresholds moved").isGreaterThan(3);
        assertThat(model.series.total(Measure.HIRES_CROSS_PARTNER)).as("cross-partner moves").isPositive();
        assertThat(checked).as("rows checked: 60 months of about 18,500 staff").isGreaterThan(60 * 15_000);
    }

    private static int assertCacheMatches(WorkforceModel m, int now) {
        StaffTable staff = m.state.staff;
        Parameters p = m.params;
        for (int i = 0; i < staff.size; i++) {
            int pf = p.layout.pfOfCell(staff.cell[i]);
            int band = p.bandOfTenure[pf][Math.min(now - staff.joinedMonth[i], Parameters.MAX_TENURE_MONTHS)];
            boolean stagnating = now - staff.postMonth[i] >= p.stagnationMonths;
            boolean engaged = staff.engagementPercentile(i) < m.hazards.engagedThreshold[pf];
            int expected = m.hazards.offset[pf] + band * 4 + (stagnating ? 2 : 0) + (engaged ? 1 : 0);
            assertThat(staff.hazardRow[i]).as("hazard row of person %d in month %d", staff.id[i], now - 1).isEqualTo(expected);
            assertThat(staff.hazardRowUntil[i]).as("cache end of person %d", staff.id[i]).isGreaterThan(now);
        }
        return staff.size;
    }
}
