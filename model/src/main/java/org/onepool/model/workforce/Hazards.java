package org.onepool.model.workforce;

import org.onepool.model.scenario.Effect;

/**
 * Monthly leaving probabilities per partner x family, tenure band, stagnation and engagement, rebuilt
 * each month from the arm's effects. The base hazard of each band is scaled by a factor k, fixed at
 * month 0, so that business as usual reproduces the stated annual rate over the month-0 population.
 */
final class Hazards {
    /** Leaving reasons a hazard splits into (retirement and redundancy are decided separately). */
    static final int CAREER = 0, PAY = 1, RELOCATION = 2, OTHER = 3;

    private final Parameters params;
    /** Per pf: scale per band. */
    final double[][] scale;
    /**
     * Per pf, at offset[pf]: the monthly leaving probability at [band * 4 + stagnating * 2 + engaged], every
     * pf end to end, as an integer threshold for {@link RandomStreams#bits53}: the leaving pass compares integers.
     */
    final long[] flatThreshold;
    final int[] offset;
    /** Per pf: reason weights at [stagnating * 4 + reason]. */
    final double[][] reasonWeight;
    /** Per pf: engagement percentiles below this are engaged. */
    final int[] engagedThreshold;
    /** Whether the last update moved an engagement threshold, which changes people's hazard rows. */
    boolean engagementChanged;
    /** Per pf: the effects the probabilities were last built for (NaN: not built since calibration). */
    private final double[] builtCareerKeep;
    private final double[] builtPayGap;
    private final double[] builtLeaveKeep;

    Hazards(Parameters params) {
        this.params = params;
        int pfs = params.layout.pfs();
        scale = new double[pfs][];
        reasonWeight = new double[pfs][8];
        engagedThreshold = new int[pfs];
        offset = new int[pfs];
        int total = 0;
        for (int pf = 0; pf < pfs; pf++) {
            offset[pf] = total;
            if (!params.posts.present()[pf]) continue;
            int bands = params.leaving.bandMonthlyProbability()[pf].length;
            scale[pf] = new double[bands];
            java.util.Arrays.fill(scale[pf], 1);
            total += bands * 4;
        }
        flatThreshold = new long[total];
        builtCareerKeep = new double[pfs];
        builtPayGap = new double[pfs];
        builtLeaveKeep = new double[pfs];
        forgetBuilt();
    }

    private Hazards(Hazards o) {
        params = o.params;
        scale = new double[o.scale.length][];
        for (int pf = 0; pf < scale.length; pf++) {
            if (o.scale[pf] == null) continue;
            scale[pf] = o.scale[pf].clone();
        }
        reasonWeight = new double[o.reasonWeight.length][8];
        engagedThreshold = o.engagedThreshold.clone();
        flatThreshold = o.flatThreshold.clone();
        offset = o.offset;
        builtCareerKeep = new double[scale.length];
        builtPayGap = new double[scale.length];
        builtLeaveKeep = new double[scale.length];
        forgetBuilt();
    }

    private void forgetBuilt() {
        java.util.Arrays.fill(builtCareerKeep, Double.NaN);
        java.util.Arrays.fill(builtPayGap, Double.NaN);
        java.util.Arrays.fill(builtLeaveKeep, Double.NaN);
    }

    /** The index in {@link #flatThreshold} of a pf's probability for a tenure band, stagnation and engagement. */
    int row(int pf, int band, boolean stagnating, boolean engaged) {
        return offset[pf] + band * 4 + (stagnating ? 2 : 0) + (engaged ? 1 : 0);
    }

    /** 1 when a row of {@link #flatThreshold} is for stagnating staff (offsets are multiples of 4), else 0. */
    static int stagnating(int row) {
        return (row >>> 1) & 1;
    }

    /** A copy with the same calibration, for another arm. */
    Hazards copy() {
        return new Hazards(this);
    }

    /**
     * Sets each band's scale so the mean driver multiplier over the staff now in post is 1 under
     * business as usual: the stated rate is then what month 0 shows.
     */
    void calibrate(StaffTable staff, int month) {
        Layout layout = params.layout;
        int pfs = layout.pfs();
        double[][] sum = new double[pfs][];
        int[][] count = new int[pfs][];
        for (int pf = 0; pf < pfs; pf++) {
            if (!params.posts.present()[pf]) continue;
            sum[pf] = new double[scale[pf].length];
            count[pf] = new int[scale[pf].length];
        }
        for (int i = 0; i < staff.size; i++) {
            int pf = layout.pfOfCell(staff.cell()[i]);
            int band = params.leaving.band(pf, month - staff.joinedMonth()[i]);
            boolean stagnating = month - staff.postMonth()[i] >= params.leaving.stagnationMonths();
            boolean engaged = staff.engagementPercentile(i) < threshold(params.leaving.engagedShare()[pf]);
            sum[pf][band] += multiplier(pf, stagnating, engaged, 1, 0);
            count[pf][band]++;
        }
        for (int pf = 0; pf < pfs; pf++) {
            if (!params.posts.present()[pf]) continue;
            for (int b = 0; b < scale[pf].length; b++) {
                scale[pf][b] = count[pf][b] > 0 ? count[pf][b] / sum[pf][b] : 1 / multiplier(pf, false, true, 1, 0);
            }
        }
        forgetBuilt();
    }

    /** Rebuilds the probability tables for the arm's effects this month. */
    void update(ArmEffects effects) {
        engagementChanged = false;
        double[] careerKeeps = effects.combined(Effect.CAREER_LEAVING_REDUCTION);
        double[] engagedGains = effects.combined(Effect.ENGAGED_SHARE_GAIN);
        double[] leaveKeeps = effects.combined(Effect.LEAVING_RATE_REDUCTION);
        for (int pf = 0; pf < params.layout.pfs(); pf++) {
            if (!params.posts.present()[pf]) continue;
            double careerKeep = careerKeeps[pf];
            double payGap = params.leaving.payGap()[pf] + effects.payGapExtra;
            int engagedBelow = threshold(params.leaving.engagedShare()[pf] + engagedGains[pf]);
            engagementChanged |= engagedBelow != engagedThreshold[pf];
            engagedThreshold[pf] = engagedBelow;
            double leaveKeep = leaveKeeps[pf];
            // Most months change no effect on leaving: the tables then stand as built.
            if (careerKeep == builtCareerKeep[pf] && payGap == builtPayGap[pf] && leaveKeep == builtLeaveKeep[pf]) continue;
            builtCareerKeep[pf] = careerKeep;
            builtPayGap[pf] = payGap;
            builtLeaveKeep[pf] = leaveKeep;
            double[] shares = params.leaving.reasonShares()[pf];
            for (int s = 0; s < 2; s++) {
                double stagnation = s == 1 ? params.leaving.stagnationHazardRatio()[pf] : 1;
                reasonWeight[pf][s * 4 + CAREER] = shares[CAREER] * stagnation * careerKeep;
                reasonWeight[pf][s * 4 + PAY] = shares[PAY] * payFactor(pf, payGap);
                reasonWeight[pf][s * 4 + RELOCATION] = shares[RELOCATION];
                reasonWeight[pf][s * 4 + OTHER] = shares[OTHER];
            }
            double[] monthly = params.leaving.bandMonthlyProbability()[pf];
            for (int b = 0; b < monthly.length; b++) {
                for (int s = 0; s < 2; s++) {
                    for (int e = 0; e < 2; e++) {
                        double m = multiplier(pf, s == 1, e == 1, careerKeep, payGap);
                        double q = Math.min(1, monthly[b] * scale[pf][b] * m * leaveKeep);
                        flatThreshold[offset[pf] + b * 4 + s * 2 + e] = RandomStreams.threshold53(q);
                    }
                }
            }
        }
    }

    /** The driver multiplier: reasons weighted by their drivers, times the disengagement ratio. */
    private double multiplier(int pf, boolean stagnating, boolean engaged, double careerKeep, double payGap) {
        double[] shares = params.leaving.reasonShares()[pf];
        double career = shares[CAREER] * (stagnating ? params.leaving.stagnationHazardRatio()[pf] : 1) * careerKeep;
        double mix = career + shares[PAY] * payFactor(pf, payGap) + shares[RELOCATION] + shares[OTHER];
        return mix * (engaged ? 1 : params.leaving.disengagedHazardRatio()[pf]);
    }

    /** Pay-driven leaving rises by the sensitivity for each 10% of pay below market. */
    private double payFactor(int pf, double payGap) {
        return 1 + params.leaving.payGapSensitivity()[pf] * Math.max(0, payGap) / 0.1;
    }

    static int threshold(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 256);
    }
}
