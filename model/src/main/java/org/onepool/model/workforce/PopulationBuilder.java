package org.onepool.model.workforce;

/**
 * Creates staff: the month-0 population — as recorded for the partners an imported population covers,
 * otherwise synthetic from the scenario's profiles — and each new hire. Every attribute the records do not
 * give is drawn from the population stream addressed by the person's id, so the same person has the same
 * age, retirement age and engagement in every arm.
 */
final class PopulationBuilder {
    private static final int AGE = 1, AGE_IN_BAND = 2, TENURE = 3, IN_POST = 4, RETIRE = 5, ENGAGEMENT = 6;
    private static final int MIN_WORKING_AGE_MONTHS = 16 * 12;

    private final Parameters params;
    private final long seed;

    PopulationBuilder(Parameters params, RandomStreams streams) {
        this.params = params;
        this.seed = streams.seed(RandomStreams.Process.POPULATION, 0);
    }

    /** The synthetic population as it stands at {@code month}. */
    WorkforceState initialState(int month) {
        Layout layout = params.layout;
        int total = 0;
        for (int posts : params.establishment0) total += posts;
        WorkforceState state = new WorkforceState(layout, total + total / 4 + 64);
        for (int cell = 0; cell < layout.cells(); cell++) {
            int pf = layout.pfOfCell(cell);
            if (params.recorded != null && params.recorded.covers(layout.partnerOfCell(cell))) {
                placeRecorded(state, cell, month);
                continue;
            }
            if (params.establishment0[cell] == 0) continue;
            double[] tenureCdf = params.tenureBands[pf] == null ? steadyStateTenure(pf) : null;
            for (int n = 0; n < params.establishment0[cell]; n++) {
                int id = state.nextId++;
                int age = fromBands(params.ageBands[pf], draw(id, AGE), draw(id, AGE_IN_BAND));
                int tenure = params.tenureBands[pf] != null
                        ? fromBands(params.tenureBands[pf], draw(id, TENURE), draw(id, IN_POST))
                        : inverse(tenureCdf, draw(id, TENURE));
                tenure = Math.max(0, Math.min(tenure, age - MIN_WORKING_AGE_MONTHS));
                int inPost = (int) Math.floor(draw(id, IN_POST) * (tenure + 1));
                int born = month - age;
                state.staff.add(id, cell, month - tenure, month - inPost, born + retirementAge(pf, id),
                        engagement(id));
                state.inPost[cell]++;
            }
        }
        return state;
    }

    /**
     * The recorded staff of a cell, in file order: joined and in post when the records say (otherwise in post
     * uniformly over their tenure), age drawn within their band, and a retirement age drawn from the
     * distribution given that they have not yet retired.
     */
    private void placeRecorded(WorkforceState state, int cell, int month) {
        RecordedStaff r = params.recorded;
        int pf = params.layout.pfOfCell(cell);
        for (int k = 0; k < r.joined[cell].length; k++) {
            int id = state.nextId++;
            int age = r.ageFromMonths[cell][k] + (int) Math.floor(draw(id, AGE_IN_BAND) * r.ageSpanMonths[cell][k]);
            int joined = month + r.joined[cell][k];
            int tenure = month - joined;
            int post = r.inPost[cell][k] != RecordedStaff.UNKNOWN ? month + r.inPost[cell][k]
                    : month - (int) Math.floor(draw(id, IN_POST) * (tenure + 1));
            int retire = month - age + retirementAgeOver(pf, id, age);
            state.staff.add(id, cell, joined, post, retire, engagement(id));
            state.inPost[cell]++;
        }
    }

    /**
     * Retirement age in months drawn from the distribution's part above {@code ageMonths}: someone recorded in
     * post has not retired yet. The distribution's cumulative probability at that age is found by bisection.
     */
    private int retirementAgeOver(int pf, int id, int ageMonths) {
        EventDistribution d = params.retirementAge[pf];
        double years = ageMonths / 12.0;
        double low = 0;
        double high = 1;
        for (int step = 0; step < 40; step++) {
            double mid = (low + high) / 2;
            if (d.at(mid) <= years) low = mid;
            else high = mid;
        }
        double u = low + draw(id, RETIRE) * (1 - low);
        return Math.max(ageMonths + 1, (int) Math.round(d.at(u) * 12));
    }

    /** Adds a new starter in {@code cell}, starting next month; graduates start young, others from the age profile. */
    int hire(WorkforceState state, int cell, boolean graduate, int month) {
        int pf = params.layout.pfOfCell(cell);
        int id = state.nextId++;
        int retire = retirementAge(pf, id);
        int age = graduate ? 22 * 12 : fromBands(params.ageBands[pf], draw(id, AGE), draw(id, AGE_IN_BAND));
        age = Math.min(age, retire - 24);
        int start = month + 1;
        int i = state.staff.add(id, cell, start, start, start - age + retire, engagement(id));
        state.inPost[cell]++;
        return i;
    }

    private int retirementAge(int pf, int id) {
        return (int) Math.round(params.retirementAge[pf].at(draw(id, RETIRE)) * 12);
    }

    private int engagement(int id) {
        return (int) (draw(id, ENGAGEMENT) * 256);
    }

    private double draw(int id, int attribute) {
        return RandomStreams.uniform(seed, id, attribute);
    }

    /** Months drawn from bands of years: a band by share, then uniformly within it. */
    private static int fromBands(double[] bands, double pickBand, double within) {
        double total = 0;
        for (int b = 2; b < bands.length; b += 3) total += bands[b];
        double target = pickBand * total;
        int chosen = bands.length / 3 - 1;
        double acc = 0;
        for (int b = 0; b < bands.length / 3; b++) {
            acc += bands[3 * b + 2];
            if (target < acc) {
                chosen = b;
                break;
            }
        }
        double years = bands[3 * chosen] + within * (bands[3 * chosen + 1] - bands[3 * chosen]);
        return (int) Math.floor(years * 12);
    }

    /** Tenure in the steady state of the stated leaving rates: P(tenure = m) proportional to survival to m. */
    private double[] steadyStateTenure(int pf) {
        int max = Parameters.MAX_TENURE_MONTHS;
        double[] cdf = new double[max + 1];
        double survival = 1;
        double sum = 0;
        for (int m = 0; m <= max; m++) {
            sum += survival;
            cdf[m] = sum;
            int band = params.bandOfTenure[pf][m];
            survival *= 1 - params.bandMonthlyProbability[pf][band];
        }
        for (int m = 0; m <= max; m++) cdf[m] /= sum;
        return cdf;
    }

    private static int inverse(double[] cdf, double u) {
        int index = java.util.Arrays.binarySearch(cdf, u);
        return index >= 0 ? index : Math.min(cdf.length - 1, -index - 1);
    }
}
