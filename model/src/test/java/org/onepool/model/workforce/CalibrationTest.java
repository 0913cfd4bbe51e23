package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * Business as usual reproduces the stated leaving rate of every tenure band and the stated reason mix
 * with every driver on: pay 11% below market, stagnation doubling career leaving, disengagement raising
 * all leaving by half, and a reason mix far from what the drivers alone would give. The coefficients
 * are solved at month 0; over ten years the rates hold because the month-0 population is settled
 * ({@link SettledPopulation}): with the default three-year warm-up from the drawn population instead, the
 * middle band drifted about 5% low over the decade as promotions thinned its stagnating share.
 */
class CalibrationTest {
    private static final double[] ANNUAL = {0.30, 0.18, 0.10};
    private static final double[] SHARES = {0.35, 0.25, 0.15, 0.25};

    private static Scenario driversOn() {
        return TestScenarios.parse("""
                name: every driver on
                appraisal: {startMonth: 2027-04, horizonYears: 10, seed: 5}
                jobFamilies:
                  - {id: ops, name: Operations, marketSalaryGbp: 30000, grades: 3}
                recruitment:
                  advertisingGbp: 1000
                  adminGbp: 500
                  checksGbp: 100
                  inductionGbp: 200
                  timeToFillMonths: {triangular: [1, 2, 4]}
                partners:
                  - id: p1
                    name: Partner one
                    type: district
                    workforce:
                      - jobFamily: ops
                        headcount: 2500
                        gradeMix: [0.5, 0.3, 0.2]
                        salaryByGradeGbp: [25000, 27000, 30000]
                        engagedShare: 0.6
                        turnover:
                          tenureBands: [{fromYears: 0, toYears: 2, annualRate: %s}, {fromYears: 2, toYears: 5, annualRate: %s},
                                        {fromYears: 5, annualRate: %s}]
                          drivers: {stagnationHazardRatio: 2, payGapSensitivity: 0.5, disengagedHazardRatio: 1.5}
                          reasons: {career: %s, pay: %s, relocation: %s, other: %s}
                """.formatted(ANNUAL[0], ANNUAL[1], ANNUAL[2], SHARES[0], SHARES[1], SHARES[2], SHARES[3]));
    }

    @Test
    void businessAsUsualShowsTheStatedRatePerTenureBandAndTheStatedReasonMixWithEveryDriverOn() {
        Scenario s = driversOn();
        int bands = ANNUAL.length;
        long[] exposure = new long[bands];
        long[][] leavers = new long[bands][SHARES.length];
        for (int rep = 0; rep < 40; rep++) {
            List<BandRecord> records = new ArrayList<>();
            Replication.run(s, ScenarioValues.central(), 3000 + rep, List.of(Arm.BASELINE), records);
            BandRecord r = records.get(0);
            for (int b = 0; b < bands; b++) {
                exposure[b] += r.exposure[0][b];
                for (int reason = 0; reason < SHARES.length; reason++) {
                    leavers[b][reason] += r.leavers[0][b * Hazards.REASONS + reason];
                }
            }
        }
        for (int b = 0; b < bands; b++) {
            double monthly = 1 - Math.pow(1 - ANNUAL[b], 1.0 / 12);
            long bandLeavers = 0;
            for (long n : leavers[b]) bandLeavers += n;
            double se = Math.sqrt(monthly * (1 - monthly) / exposure[b]);
            assertThat((double) bandLeavers / exposure[b]).as("monthly leaving rate of band %d", b)
                    .isBetween(monthly - 3 * se, monthly + 3 * se);
            for (int reason = 0; reason < SHARES.length; reason++) {
                double share = SHARES[reason];
                double shareSe = Math.sqrt(share * (1 - share) / bandLeavers);
                assertThat((double) leavers[b][reason] / bandLeavers).as("share of reason %d in band %d", reason, b)
                        .isBetween(share - 3 * shareSe, share + 3 * shareSe);
            }
        }
    }
}
