package org.onepool.model.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Leaving rates by tenure band from spells of service: the life-table (occurrence over exposure) estimate
 * of a hazard constant within each band, which is the maximum-likelihood estimate for piecewise-constant
 * hazards and uses exactly the time each person was in view, so staff who joined during the period and
 * staff still in post at its end count for the time they were there. The annual rate is 1 - exp(-hazard):
 * the share of a band's staff who would leave in a year, which is what a scenario's {@code annualRate}
 * means (its monthly probability 1 - (1 - r)^(1/12) is then exp(-hazard/12)).
 */
public final class LifeTable {
    /** Bands with fewer leavers or people than this are merged with a neighbour. */
    public static final int SMALL = 5;

    private LifeTable() {
    }

    /**
     * Rates for bands starting at {@code edges} (years; the first 0, the last band open), merging any band
     * with fewer than {@link #SMALL} leavers or people into its lower neighbour (the first into the next).
     */
    public static List<BandRate> estimate(List<Spell> spells, double[] edges) {
        return estimate(spells, edges, SMALL);
    }

    /** As {@link #estimate(List, double[])}, merging bands with fewer than {@code minimum} leavers or people. */
    public static List<BandRate> estimate(List<Spell> spells, double[] edges, int minimum) {
        List<double[]> bands = new ArrayList<>();
        for (int b = 0; b < edges.length; b++) bands.add(new double[] {edges[b], b + 1 < edges.length ? edges[b + 1] : Double.POSITIVE_INFINITY});
        while (true) {
            List<BandRate> rates = rates(spells, bands);
            int small = -1;
            for (int b = 0; b < rates.size() && bands.size() > 1; b++) {
                if (rates.get(b).leavers() < minimum || rates.get(b).people() < minimum) {
                    small = b;
                    break;
                }
            }
            if (small < 0) return rates;
            int into = small == 0 ? 1 : small - 1;
            int low = Math.min(small, into);
            bands.set(low, new double[] {bands.get(low)[0], bands.get(low + 1)[1]});
            bands.remove(low + 1);
        }
    }

    private static List<BandRate> rates(List<Spell> spells, List<double[]> bands) {
        int n = bands.size();
        double[] exposure = new double[n];
        long[] leavers = new long[n];
        int[] people = new int[n];
        for (Spell s : spells) {
            for (int b = 0; b < n; b++) {
                double from = Math.max(s.entryYears(), bands.get(b)[0]);
                double to = Math.min(s.exitYears(), bands.get(b)[1]);
                if (to > from || (to == from && s.left() && inBand(s.exitYears(), bands.get(b)))) {
                    exposure[b] += to - from;
                    people[b]++;
                }
            }
            if (s.left()) {
                for (int b = 0; b < n; b++) if (inBand(s.exitYears(), bands.get(b))) leavers[b]++;
            }
        }
        List<BandRate> out = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            Interval hazard = exposure[b] > 0 ? Interval.poissonRate(leavers[b], exposure[b]) : new Interval(0, 0, 1);
            double top = bands.get(b)[1];
            out.add(new BandRate(bands.get(b)[0], Double.isInfinite(top) ? null : top, leavers[b], exposure[b], people[b],
                    hazard.map(h -> 1 - Math.exp(-h))));
        }
        return out;
    }

    private static boolean inBand(double years, double[] band) {
        return years >= band[0] && years < band[1];
    }
}
