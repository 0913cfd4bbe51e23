package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.Ledger;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

class WorkforceSimulationTest {

    private static List<ArmResult> run(Scenario s, long seed, Arm... arms) {
        return Replication.run(s, ScenarioValues.central(), seed, List.of(arms));
    }

    private static Arm option(Scenario s, String id) {
        return new Arm(s.option(id).orElseThrow(), null);
    }

    @Test
    void headcountIsConservedEveryMonthForEveryPartnerAndFamily() {
        Scenario s = TestScenarios.pool(400, 0.15);
        for (ArmResult r : run(s, 3, Arm.BASELINE, option(s, "pool"), option(s, "bank"))) {
            MonthlySeries x = r.series();
            for (int pf = 0; pf < x.pfs(); pf++) {
                double previous = x.get(0, pf, Measure.HEADCOUNT) - change(x, 0, pf);
                for (int m = 0; m < x.months(); m++) {
                    double end = x.get(m, pf, Measure.HEADCOUNT);
                    assertThat(end).as("%s month %d pf %d", r.arm().id(), m, pf).isEqualTo(previous + change(x, m, pf));
                    assertThat(end).isGreaterThanOrEqualTo(0);
                    assertThat(x.get(m, pf, Measure.VACANCIES)).isGreaterThanOrEqualTo(0);
                    previous = end;
                }
            }
        }
    }

    /** Joiners minus leavers plus moves in minus moves out, for one month. */
    private static double change(MonthlySeries x, int m, int pf) {
        double joiners = x.get(m, pf, Measure.HIRES_EXTERNAL) + x.get(m, pf, Measure.HIRES_TALENT_BANK)
                + x.get(m, pf, Measure.HIRES_GRADUATE);
        double leavers = 0;
        for (Measure reason : Measure.LEAVERS) leavers += x.get(m, pf, reason);
        return joiners - leavers + x.get(m, pf, Measure.MOVES_IN) - x.get(m, pf, Measure.MOVES_OUT);
    }

    @Test
    void theSameSeedGivesIdenticalResults() {
        Scenario s = TestScenarios.pool(300, 0.15);
        List<ArmResult> first = run(s, 42, Arm.BASELINE, option(s, "pool"));
        List<ArmResult> second = run(s, 42, Arm.BASELINE, option(s, "pool"));
        for (int k = 0; k < first.size(); k++) {
            assertThat(second.get(k).series().toArray()).isEqualTo(first.get(k).series().toArray());
            assertThat(second.get(k).ledger().toArray()).isEqualTo(first.get(k).ledger().toArray());
        }
        assertThat(run(s, 43, Arm.BASELINE).get(0).series().toArray()).isNotEqualTo(first.get(0).series().toArray());
    }

    @Test
    void anOptionWithZeroEffectsReproducesTheBaselineExactlyApartFromItsOwnCosts() {
        Scenario s = TestScenarios.pool(300, 0.15);
        List<ArmResult> r = run(s, 5, Arm.BASELINE, option(s, "nothing"));
        assertThat(r.get(1).series().toArray()).isEqualTo(r.get(0).series().toArray());
        Ledger base = r.get(0).ledger();
        Ledger option = r.get(1).ledger();
        double investment = 0;
        for (int m = 0; m < base.months(); m++) {
            for (int p = 0; p < base.partners(); p++) {
                for (CostCategory c : CostCategory.values()) {
                    if (c.isInvestment()) {
                        assertThat(base.get(m, p, c)).isZero();
                        investment += option.get(m, p, c);
                    } else {
                        assertThat(option.get(m, p, c)).as("%s month %d", c, m).isEqualTo(base.get(m, p, c));
                    }
                }
            }
        }
        // 10k set-up in month 6, then 1k a month from month 6 to 59.
        assertThat(investment).isCloseTo(10_000 + 54 * 1_000, within(1e-6));
    }

    @Test
    void leaversPerMonthMatchTheMonthlyProbabilityOfTheAnnualRate() {
        double rate = 0.134;
        double monthly = 1 - Math.pow(1 - rate, 1.0 / 12);
        double leavers = 0;
        double exposed = 0;
        for (int rep = 0; rep < 8; rep++) {
            MonthlySeries x = run(TestScenarios.constantHazard(2000, rate, "0.1", 0, 5), rep, Arm.BASELINE).get(0).series();
            for (int m = 1; m < x.months(); m++) {
                exposed += x.total(m - 1, Measure.HEADCOUNT);
                for (Measure reason : Measure.LEAVERS) leavers += x.total(m, reason);
            }
        }
        // Binomial sampling error: sd of the proportion is sqrt(q(1-q)/n); allow four of them.
        double sd = Math.sqrt(monthly * (1 - monthly) / exposed);
        assertThat(leavers / exposed).isCloseTo(monthly, within(4 * sd));
    }

    /** Leavers in the first financial year among those in post at its start, over replications 0..n-1. */
    private static double firstYearCohortRate(Scenario s, int replications) {
        double leavers = 0;
        double cohort = 0;
        for (int rep = 0; rep < replications; rep++) {
            MonthlySeries x = run(s, rep, Arm.BASELINE).get(0).series();
            for (int m = 0; m < 12; m++) {
                cohort += x.total(m, Measure.COHORT_START);
                leavers += x.total(m, Measure.COHORT_LEAVERS);
            }
        }
        return leavers / cohort;
    }

    @Test
    void theCohortLeavingRateReproducesTheStatedAnnualRate() {
        Scenario s = TestScenarios.constantHazard(3000, 0.134, "{triangular: [1, 2, 4]}", 0.1, 2);
        assertThat(firstYearCohortRate(s, 10)).isCloseTo(0.134, within(0.005));
    }

    @Test
    void withDriversOnBusinessAsUsualStillShowsTheStatedRate() {
        assertThat(firstYearCohortRate(TestScenarios.pool(2000, 0.134), 6)).isCloseTo(0.134, within(0.005));
    }

    @Test
    void openVacanciesObeyLittlesLaw() {
        double fills = 0;
        double fillMonths = 0;
        double openMonths = 0;
        int months = 0;
        for (int rep = 0; rep < 6; rep++) {
            MonthlySeries x = run(TestScenarios.constantHazard(2000, 0.15, "{triangular: [1, 3, 6]}", 0, 8), rep,
                    Arm.BASELINE).get(0).series();
            for (int m = 0; m < x.months(); m++) {
                fills += x.total(m, Measure.FILLS_COMPLETED);
                fillMonths += x.total(m, Measure.FILL_MONTHS);
                openMonths += x.total(m, Measure.VACANCIES);
                months++;
            }
        }
        double arrivalRate = fills / months;
        double meanTimeToFill = fillMonths / fills;
        double meanOpen = openMonths / months;
        assertThat(meanOpen).isCloseTo(arrivalRate * meanTimeToFill, within(0.03 * meanOpen));
        // Each campaign takes round(T) months, T triangular(1, 3, 6): E = 3.33 months, before rounding.
        assertThat(meanTimeToFill).isCloseTo(10.0 / 3, within(0.1));
    }

    @Test
    void aHigherLeavingRateMeansMoreHiresAndMoreRecruitmentCost() {
        double[] hires = new double[2];
        double[] cost = new double[2];
        double[] rates = {0.10, 0.20};
        for (int k = 0; k < 2; k++) {
            ArmResult r = run(TestScenarios.pool(500, rates[k]), 9, Arm.BASELINE).get(0);
            hires[k] = r.series().total(Measure.HIRES_EXTERNAL);
            for (int m = 0; m < r.ledger().months(); m++) {
                cost[k] += r.ledger().monthTotal(m, CostCategory.ADVERTISING)
                        + r.ledger().monthTotal(m, CostCategory.RECRUITMENT_ADMIN);
            }
        }
        assertThat(hires[1]).isGreaterThan(hires[0] * 1.5);
        assertThat(cost[1]).isGreaterThan(cost[0] * 1.5);
    }

    @Test
    void thePoolMovesStaffAcrossPartnersAndCutsCareerLeavingButNeverCrossesTheVettingWall() {
        // Small partners: few internal candidates of their own, so a wider pool matters.
        Scenario s = TestScenarios.pool(60, 0.15);
        double baseCareer = 0;
        double poolCareer = 0;
        for (int rep = 0; rep < 30; rep++) {
            List<ArmResult> r = run(s, rep, Arm.BASELINE, option(s, "pool"));
            MonthlySeries base = r.get(0).series();
            MonthlySeries pool = r.get(1).series();
            assertThat(base.total(Measure.HIRES_CROSS_PARTNER)).isZero();
            assertThat(pool.total(Measure.HIRES_CROSS_PARTNER)).isPositive();
            baseCareer += base.total(Measure.LEAVERS_CAREER);
            poolCareer += pool.total(Measure.LEAVERS_CAREER);
            int police = 2;
            for (int m = 0; m < pool.months(); m++) {
                assertThat(pool.get(m, police, Measure.MOVES_IN)).isZero();
                assertThat(pool.get(m, police, Measure.MOVES_OUT)).isZero();
            }
        }
        assertThat(poolCareer).isLessThan(baseCareer * 0.97);
    }

    @Test
    void sharedRecruitmentAndTheTalentBankCutCampaignCosts() {
        Scenario s = TestScenarios.pool(400, 0.15);
        List<ArmResult> r = run(s, 2, Arm.BASELINE, option(s, "bank"));
        assertThat(r.get(1).series().total(Measure.HIRES_TALENT_BANK)).isPositive();
        double base = 0;
        double bank = 0;
        for (int m = 0; m < r.get(0).ledger().months(); m++) {
            base += r.get(0).ledger().monthTotal(m, CostCategory.ADVERTISING);
            bank += r.get(1).ledger().monthTotal(m, CostCategory.ADVERTISING);
        }
        assertThat(bank).isLessThan(base * 0.8);
    }

    /**
     * The hot state a replication holds per member of staff, measured on the arrays a staff table and its
     * hazard-row cache allocate (every primitive array they hold, found by reflection), is what the model
     * reports and at most 100 bytes.
     */
    @Test
    void hotStateIsAtMostOneHundredBytesPerMemberOfStaff() throws Exception {
        int capacity = 10_000;
        Parameters params = new Parameters(TestScenarios.pool(10, 0.1), ScenarioValues.central());
        StaffTable staff = new StaffTable(capacity);
        HazardRowCache cache = new HazardRowCache(staff, new Hazards(params), params);
        // The cache reads some of the table's columns through references of its own: each array counts once.
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long bytes = arrayBytes(staff, capacity, seen) + arrayBytes(cache, capacity, seen);
        assertThat(bytes % capacity).isZero();
        assertThat(bytes / capacity).isEqualTo(Replication.hotStateBytesPerPerson()).isLessThanOrEqualTo(100);
    }

    /**
     * Bytes in the primitive arrays of one row per entry that an object holds directly or through its columns,
     * not counting arrays already {@code seen}.
     */
    private static long arrayBytes(Object holder, int rows, java.util.Set<Object> seen) throws IllegalAccessException {
        long bytes = 0;
        for (java.lang.reflect.Field field : holder.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) continue;
            field.setAccessible(true);
            Object value = field.get(holder);
            if (value instanceof Columns columns) {
                bytes += arrayBytes(columns, rows, seen);
            } else if (value != null && value.getClass().isArray()) {
                Object[] arrays = value.getClass().getComponentType().isArray() ? (Object[]) value : new Object[] {value};
                for (Object array : arrays) {
                    if (!array.getClass().getComponentType().isPrimitive() || !seen.add(array)) continue;
                    int length = java.lang.reflect.Array.getLength(array);
                    if (length == rows) bytes += (long) length * elementBytes(array.getClass().getComponentType());
                }
            }
        }
        return bytes;
    }

    private static int elementBytes(Class<?> type) {
        if (type == long.class || type == double.class) return 8;
        if (type == int.class || type == float.class) return 4;
        if (type == short.class || type == char.class) return 2;
        return 1;
    }
}
