package org.onepool.model.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.onepool.model.experiment.OrderedParallel;
import org.onepool.model.experiment.Progress;
import org.onepool.model.experiment.Stats;
import org.onepool.model.experiment.StatsOf;
import org.onepool.model.population.ImportedPopulation;
import org.onepool.model.scenario.AssumptionsRegister;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.Workforce;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.Layout;
import org.onepool.model.workforce.Measure;
import org.onepool.model.workforce.MonthlySeries;
import org.onepool.model.workforce.RandomAdapter;
import org.onepool.model.workforce.RandomStreams;
import org.onepool.model.workforce.Replication;

/**
 * The validation a reviewer asks for first: business as usual run from a past month on the staff of that
 * month, each replication with its own sampled inputs (so the band holds both the chance in who leaves and
 * the uncertainty of the fitted rates), and each following year's leavers, hires from outside and open
 * vacancies per partner x job family compared with what the records show happened.
 */
public final class Backtest {
    public static final List<String> MEASURES = List.of("leavers", "hires", "openVacancies");

    private Backtest() {
    }

    /**
     * @param scenario an imported scenario, its population read
     * @param from     first month simulated; at least a year of records must follow it
     * @param actuals  the leavers and campaigns of the partners to compare
     */
    public static BacktestResult run(Scenario scenario, YearMonth from, List<PartnerRecords> actuals, int replications,
                                     long seed, int threads, Progress progress) {
        YearMonth end = scenario.population().people().asOf();
        int years = (ImportedPopulation.monthsBetween(from, end) + 1) / 12;
        if (years < 1) throw new IllegalArgumentException("fewer than twelve months of records after " + from);
        List<String> notes = new ArrayList<>();
        Scenario back = BacktestScenario.at(scenario, from, years, actuals, notes);
        Layout layout = Layout.of(back);
        var register = AssumptionsRegister.of(back);
        double[][][][] simulated = new double[replications][][][];
        progress.begin("Back-test", replications);
        OrderedParallel.run(replications, threads, r -> {
            long replicationSeed = RandomStreams.replicationSeed(seed, r);
            var stream = new RandomStreams(replicationSeed).stream(RandomStreams.Process.UNCERTAINTY, 0);
            ScenarioValues values = ScenarioValues.sample(register, new RandomAdapter(stream));
            MonthlySeries series = Replication.run(back, values, replicationSeed, List.of(Arm.BASELINE)).get(0).series();
            return yearly(series, layout, years);
        }, (out, r) -> simulated[r] = out, progress);

        List<BacktestComparison> rows = new ArrayList<>();
        List<BacktestResult.Bias> bias = new ArrayList<>();
        for (int p = 0; p < back.partners().size(); p++) {
            Partner partner = back.partners().get(p);
            PartnerRecords records = actuals.stream().filter(a -> a.partner().equals(partner.id())).findFirst().orElseThrow();
            for (Workforce w : partner.workforce()) {
                int f = familyIndex(back, w.jobFamily());
                int pf = layout.pf(p, f);
                for (int m = 0; m < MEASURES.size(); m++) {
                    double actualSum = 0;
                    double simulatedSum = 0;
                    for (int y = 0; y < years; y++) {
                        double[] draws = new double[replications];
                        for (int r = 0; r < replications; r++) draws[r] = simulated[r][pf][y][m];
                        Stats s = StatsOf.of(draws);
                        double actual = actual(records, w.jobFamily(), MEASURES.get(m), from.plusMonths(12L * y));
                        rows.add(new BacktestComparison(partner.id(), w.jobFamily(), MEASURES.get(m), label(from, y), actual,
                                s.mean(), s.p10(), s.p50(), s.p90(), actual >= s.p10() && actual <= s.p90(),
                                m < 2 && actual > 0 && actual < SmallCells.MIN_PEOPLE));
                        actualSum += actual;
                        simulatedSum += s.mean();
                    }
                    bias.add(new BacktestResult.Bias(partner.id(), w.jobFamily(), MEASURES.get(m), actualSum / years,
                            simulatedSum / years, (simulatedSum - actualSum) / years,
                            actualSum == 0 ? Double.NaN : (simulatedSum - actualSum) / actualSum));
                }
            }
        }
        List<BacktestResult.Coverage> coverage = new ArrayList<>();
        for (String measure : MEASURES) {
            List<BacktestComparison> these = rows.stream().filter(c -> c.measure().equals(measure)).toList();
            int inside = (int) these.stream().filter(BacktestComparison::inside).count();
            coverage.add(new BacktestResult.Coverage(measure, these.size(), inside, these.isEmpty() ? 0 : (double) inside / these.size()));
        }
        double all = rows.isEmpty() ? 0 : (double) rows.stream().filter(BacktestComparison::inside).count() / rows.size();
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Partner p : back.partners()) names.put(p.id(), p.name());
        return new BacktestResult(scenario.name(), from.toString(), years, replications, seed, names, rows, bias, coverage,
                all, notes);
    }

    /** Per pf, year and measure: leavers of every reason, joiners from outside, mean open vacancies at month ends. */
    private static double[][][] yearly(MonthlySeries x, Layout layout, int years) {
        double[][][] out = new double[layout.pfs()][years][MEASURES.size()];
        for (int pf = 0; pf < layout.pfs(); pf++) {
            for (int y = 0; y < years; y++) {
                for (int k = 0; k < 12; k++) {
                    int m = 12 * y + k;
                    for (Measure reason : Measure.LEAVERS) out[pf][y][0] += x.get(m, pf, reason);
                    out[pf][y][1] += x.get(m, pf, Measure.HIRES_EXTERNAL) + x.get(m, pf, Measure.HIRES_TALENT_BANK)
                            + x.get(m, pf, Measure.HIRES_GRADUATE);
                    out[pf][y][2] += x.get(m, pf, Measure.VACANCIES) / 12;
                }
            }
        }
        return out;
    }

    /** What the records show for a family's measure in the twelve months from {@code start}. */
    static double actual(PartnerRecords r, String family, String measure, YearMonth start) {
        LocalDate first = start.atDay(1);
        LocalDate last = start.plusMonths(11).atEndOfMonth();
        switch (measure) {
            case "leavers":
                return r.leaversIn(family).stream().filter(l -> !l.left().isBefore(first) && !l.left().isAfter(last)).count();
            case "hires":
                return r.campaignsIn(family).stream().filter(c -> c.outcome() == CampaignRow.Outcome.FILLED
                        && c.route() == CampaignRow.Route.EXTERNAL && !c.closed().isBefore(first) && !c.closed().isAfter(last)).count();
            default:
                double open = 0;
                for (int k = 0; k < 12; k++) {
                    LocalDate monthEnd = start.plusMonths(k).atEndOfMonth();
                    open += r.campaignsIn(family).stream().filter(c -> c.openOn(monthEnd)).count();
                }
                return open / 12;
        }
    }

    /** The year's label: a financial year when the back-test starts in April, else its first and last months. */
    static String label(YearMonth from, int year) {
        YearMonth start = from.plusMonths(12L * year);
        if (start.getMonthValue() == 4) return start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
        return start + " to " + start.plusMonths(11);
    }

    private static int familyIndex(Scenario s, String id) {
        for (int f = 0; f < s.jobFamilies().size(); f++) if (s.jobFamilies().get(f).id().equals(id)) return f;
        throw new IllegalArgumentException(id);
    }
}
