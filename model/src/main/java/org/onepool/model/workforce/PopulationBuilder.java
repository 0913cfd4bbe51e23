package org.onepool.model.workforce;

/**
 * Creates staff: the month-0 population — as recorded for the partners an imported population covers,
 * otherwise synthetic from the scenario's profiles — and each new hire. Every attribute the records do not
 * give is drawn from the population stream addressed by the person's id, so the same person has the same
 * age, retirement age and engagement in every arm.
 */
final class PopulationBuilder {
    private static final int AGE = 1, AGE_IN_BAND = 2, TENURE = 3, IN_POST = 4, RETIRE = 5, ENGAGEMENT = 6;
    /** Numbered draws for the attempts at a recorded person's retirement age (two per attempt). */
    private static final int RETIRE_ATTEMPT = 100, MAX_ATTEMPTS = 1000;
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
        for (int posts : params.posts.establishment0()) total += posts;
        WorkforceState state = new WorkforceState(layout, total + total / 4 + 64);
        for (int cell = 0; cell < layout.cells(); cell++) {
            int pf = layout.pfOfCell(cell);
            if (params.population.recorded() != null && params.population.recorded().covers(layout.partnerOfCell(cell))) {
                placeRecorded(state, cell, month);
                continue;
            }
            if (params.posts.establishment0()[cell] == 0) continue;
            double[] tenureCdf = params.population.tenureBands()[pf] == null ? steadyStateTenure(pf) : null;
            double[] engagedByTenure = steadyStateEngagement(pf);
            for (int n = 0; n < params.posts.establishment0()[cell]; n++) {
                int id = state.nextId++;
                int age = fromBands(params.population.ageBands()[pf], draw(id, AGE), draw(id, AGE_IN_BAND));
                int tenure = params.population.tenureBands()[pf] != null
                        ? fromBands(params.population.tenureBands()[pf], draw(id, TENURE), draw(id, IN_POST))
                        : inverse(tenureCdf, draw(id, TENURE));
                tenure = Math.max(0, Math.min(tenure, age - MIN_WORKING_AGE_MONTHS));
                int inPost = (int) Math.floor(draw(id, IN_POST) * (tenure + 1));
                int born = month - age;
                state.staff.add(id, cell, month - tenure, month - inPost, born + retirementAge(pf, id), born,
                        engagement(id, engagedByTenure[Math.min(tenure, engagedByTenure.length - 1)],
                                params.leaving.engagedShare()[pf]));
                state.inPost[cell]++;
            }
        }
        return state;
    }

    /**
     * The recorded staff of a cell, in file order: joined and in post when the records say (otherwise in post
     * uniformly over their tenure), and age and retirement age drawn together so that they fit someone still in
     * post: the retirement age from its distribution weighted by the chance that an age uniform in the band lies
     * below it, then the age uniform in the band below the retirement age. Near retirement, older ages in a band
     * are rarer among those still working, and a plain uniform age would retire too many at once.
     */
    private void placeRecorded(WorkforceState state, int cell, int month) {
        RecordedStaff r = params.population.recorded();
        int pf = params.layout.pfOfCell(cell);
        for (int k = 0; k < r.joined[cell].length; k++) {
            int id = state.nextId++;
            int from = r.ageFromMonths[cell][k];
            int span = r.ageSpanMonths[cell][k];
            int retirement = retirementInPost(pf, id, from, span);
            int below = Math.max(1, Math.min(span, retirement - from));
            int age = from + (int) Math.floor(draw(id, AGE_IN_BAND) * below);
            int joined = month + r.joined[cell][k];
            int tenure = month - joined;
            int post = r.inPost[cell][k] != RecordedStaff.UNKNOWN ? month + r.inPost[cell][k]
                    : month - (int) Math.floor(draw(id, IN_POST) * (tenure + 1));
            state.staff.add(id, cell, joined, post, month - age + Math.max(age + 1, retirement), month - age,
                    engagement(id));
            state.inPost[cell]++;
        }
    }

    /**
     * A retirement age in months for someone in post whose age lies in [from, from + span): drawn by rejection, each
     * attempt from the person's own numbered draws, so it is the same in every arm and replication of a seed.
     */
    private int retirementInPost(int pf, int id, int from, int span) {
        EventDistribution d = params.population.retirementAge()[pf];
        int retirement = from + span;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            retirement = (int) Math.round(d.at(draw(id, RETIRE_ATTEMPT + 2 * attempt)) * 12);
            double weight = Math.min(1, Math.max(0, (retirement - from) / (double) span));
            if (draw(id, RETIRE_ATTEMPT + 2 * attempt + 1) < weight) return retirement;
        }
        // Everyone this old would have retired by the distribution: they retire within the coming months.
        return Math.max(retirement, from + 1);
    }

    /**
     * Adds a new starter in {@code cell}, starting next month; graduates start young, others from the age
     * profile. Each cell (partner x family x grade) numbers its own starters (after the synthetic
     * population's ids), so hiring elsewhere never changes a starter's id, and so never their draws.
     */
    int hire(WorkforceState state, int cell, boolean graduate, int month) {
        int pf = params.layout.pfOfCell(cell);
        int id = state.nextId + state.hiresAt[cell]++ * params.layout.cells() + cell;
        int retire = retirementAge(pf, id);
        int age = graduate ? 22 * 12 : fromBands(params.population.ageBands()[pf], draw(id, AGE), draw(id, AGE_IN_BAND));
        age = Math.min(age, retire - 24);
        int start = month + 1;
        int i = state.staff.add(id, cell, start, start, start - age + retire, start - age, engagement(id));
        state.inPost[cell]++;
        return i;
    }

    private int retirementAge(int pf, int id) {
        return (int) Math.round(params.population.retirementAge()[pf].at(draw(id, RETIRE)) * 12);
    }

    private int engagement(int id) {
        return (int) (draw(id, ENGAGEMENT) * 256);
    }

    /**
     * An engagement percentile engaged with probability {@code engaged}: below the business-as-usual
     * threshold of the share {@code share} if so, else above it, uniformly.
     */
    private int engagement(int id, double engaged, double share) {
        int threshold = Hazards.threshold(share);
        double u = draw(id, ENGAGEMENT);
        if (threshold == 0 || threshold == 256) return (int) (u * 256);
        return u < engaged ? (int) (u / engaged * threshold)
                : threshold + (int) ((u - engaged) / (1 - engaged) * (256 - threshold));
    }

    /**
     * The steady-state share engaged at each tenure month: starters are engaged at the stated share, and
     * the disengaged leave faster (by the disengaged hazard ratio, the band's stated rate being the mean),
     * so the share engaged rises with tenure. Month-0 staff drawn this way are already sorted by survival.
     */
    private double[] steadyStateEngagement(int pf) {
        int max = LeavingParameters.MAX_TENURE_MONTHS;
        double[] engaged = new double[max + 1];
        double ratio = params.leaving.disengagedHazardRatio()[pf];
        double p = Math.max(0, Math.min(1, params.leaving.engagedShare()[pf]));
        for (int m = 0; m <= max; m++) {
            engaged[m] = p;
            double q = params.leaving.bandMonthlyProbability()[pf][params.leaving.band(pf, m)];
            double engagedHazard = Math.min(1, q / (p + (1 - p) * ratio));
            double disengagedHazard = Math.min(1, engagedHazard * ratio);
            double stay = p * (1 - engagedHazard) + (1 - p) * (1 - disengagedHazard);
            if (stay > 0) p = p * (1 - engagedHazard) / stay;
        }
        return engaged;
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
        int max = LeavingParameters.MAX_TENURE_MONTHS;
        double[] cdf = new double[max + 1];
        double survival = 1;
        double sum = 0;
        for (int m = 0; m <= max; m++) {
            sum += survival;
            cdf[m] = sum;
            int band = params.leaving.band(pf, m);
            survival *= 1 - params.leaving.bandMonthlyProbability()[pf][band];
        }
        for (int m = 0; m <= max; m++) cdf[m] /= sum;
        return cdf;
    }

    private static int inverse(double[] cdf, double u) {
        int index = java.util.Arrays.binarySearch(cdf, u);
        return index >= 0 ? index : Math.min(cdf.length - 1, -index - 1);
    }
}
