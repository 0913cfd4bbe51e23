package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The leaving pass reads each person's hazard row from a cache that is worked out again only when it
 * expires (retirement, a new tenure band, the start of stagnation), when the person moves, or when the
 * engagement thresholds change. On an option that moves staff across partners and ramps engagement up,
 * from two years before month 0 to month 36: every row still cached at the end of a month is the row of
 * the person's tenure band, stagnation and engagement, and the run gives exactly what it gives when every
 * row is worked out afresh each month.
 */
class HazardRowCacheTest {
    private static final int FROM = -24;
    private static final int TO = 36;

    private record Run(WorkforceModel model, Hazards hazards) {
    }

    private static Run start(boolean afreshEveryMonth) throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("../scenarios/one-oxfordshire.yaml"));
        Option fullOffer = scenario.option("full-offer").orElseThrow();
        ScenarioValues values = ScenarioValues.central();
        Parameters params = new Parameters(scenario, values);
        RandomStreams streams = new RandomStreams(11);
        WorkforceState state = new PopulationBuilder(params, streams).initialState(FROM);
        Hazards hazards = new Hazards(params);
        hazards.calibrate(state.staff, FROM);
        WorkforceModel model = new WorkforceModel(params, new ArmEffects(params, new Arm(fullOffer, null), values),
                state, hazards, streams, FROM, 1);
        if (afreshEveryMonth) model.hazardRows.holdAtMostOneMonth();
        model.start();
        return new Run(model, hazards);
    }

    @Test
    void everyRowStillCachedAtTheEndOfAMonthIsThePersonsRowThen() throws Exception {
        Run run = start(false);
        WorkforceModel m = run.model();
        int checked = 0;
        int engagementChanges = 0;
        for (int month = FROM; month < TO; month++) {
            m.schedule.step(m);
            assertThat(m.month).isEqualTo(month);
            if (run.hazards().engagementChanged) engagementChanges++;
            checked += assertCachedRowsHold(m, month + 1);
        }
        assertThat(engagementChanges).as("months whose engagement thresholds moved").isGreaterThan(3);
        assertThat(m.series.total(Measure.HIRES_CROSS_PARTNER)).as("cross-partner moves").isPositive();
        assertThat(checked).as("cached rows checked: every month of about 18,500 staff").isGreaterThan((TO - FROM) * 15_000);
    }

    /** Checks every cached row against the person's band, stagnation and engagement in month {@code now}. */
    private static int assertCachedRowsHold(WorkforceModel m, int now) {
        StaffTable staff = m.state.staff;
        LeavingParameters leaving = m.params.leaving;
        HazardRowCache cache = m.hazardRows;
        int checked = 0;
        for (int i = 0; i < staff.size; i++) {
            if (!cache.isKnown(i)) continue;
            int pf = m.params.layout.pfOfCell(staff.cell()[i]);
            int band = leaving.band(pf, now - staff.joinedMonth()[i]);
            boolean stagnating = now - staff.postMonth()[i] >= leaving.stagnationMonths();
            boolean engaged = staff.engagementPercentile(i) < m.hazards.engagedThreshold[pf];
            assertThat(cache.row[i]).as("hazard row of person %d before month %d", staff.id()[i], now)
                    .isEqualTo(m.hazards.row(pf, band, stagnating, engaged));
            assertThat(cache.until[i]).as("cache end of person %d", staff.id()[i]).isGreaterThan(now);
            assertThat(now).as("person %d retired", staff.id()[i]).isLessThan(staff.retireMonth()[i]);
            checked++;
        }
        return checked;
    }

    @Test
    void theCacheChangesNothingAgainstWorkingEveryRowOutEachMonth() throws Exception {
        WorkforceModel cached = start(false).model();
        WorkforceModel afresh = start(true).model();
        for (int month = FROM; month < TO; month++) {
            cached.schedule.step(cached);
            afresh.schedule.step(afresh);
        }
        assertThat(cached.series.total(Measure.HIRES_CROSS_PARTNER)).isPositive();
        assertThat(afresh.series.toArray()).isEqualTo(cached.series.toArray());
        assertThat(afresh.ledger.toArray()).isEqualTo(cached.ledger.toArray());
    }
}
