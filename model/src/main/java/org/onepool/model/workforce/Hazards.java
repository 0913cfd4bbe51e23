package org.onepool.model.workforce;

import org.onepool.model.scenario.Effect;

/**
 * Monthly leaving probabilities per partner x family, tenure band, stagnation and engagement, rebuilt
 * each month from the arm's effects.
 *
 * <p>Calibrated by construction at month 0: the hazard of person i for reason r in tenure band b is
 * {@code a(b,r) x driver_r(i) x engagement(i)}, where driver_career is the stagnation hazard ratio for the
 * stagnating (else 1), driver_pay the pay-gap factor, the other drivers 1, and engagement the
 * disengagement hazard ratio for the disengaged (else 1). Solving
 * {@code a(b,r) = q(b) s(r) n(b) / sum over the band's month-0 staff of [driver_r(i) x engagement(i)]}
 * makes the expected leavers of reason r in band b at month 0 exactly {@code n(b) q(b) s(r)}: the stated
 * monthly rate of the band and the stated reason mix, with every driver on. Drivers then act only
 * through what arms change (a wider pay gap, less stagnation, more engagement).
 */
final class Hazards {
    /** Leaving reasons a hazard splits into (retirement and redundancy are decided separately). */
    static final int CAREER = 0, PAY = 1, RELOCATION = 2, OTHER = 3, REASONS = 4;

    private final Parameters params;
    /** Per pf: the coefficient a(b, r) at [band * 4 + reason], per unit of driver and engagement factor. */
    final double[][] coefficient;
    /**
     * Per pf, at offset[pf]: the monthly leaving probability at [band * 4 + stagnating * 2 + engaged], every
     * pf end to end, as an integer threshold for {@link RandomStreams#bits53}: the leaving pass compares integers.
     */
    final long[] flatThreshold;
    final int[] offset;
    /** Per row of {@link #flatThreshold}: the reasons' shares of its hazard at [row * 4 + reason]. */
    final double[] reasonWeight;
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
        coefficient = new double[pfs][];
        engagedThreshold = new int[pfs];
        offset = new int[pfs];
        int total = 0;
        for (int pf = 0; pf < pfs; pf++) {
            offset[pf] = total;
            if (!params.posts.present()[pf]) continue;
            int bands = params.leaving.bandMonthlyProbability()[pf].length;
            coefficient[pf] = new double[bands * REASONS];
            total += bands * 4;
        }
        flatThreshold = new long[total];
        reasonWeight = new double[total * REASONS];
        builtCareerKeep = new double[pfs];
        builtPayGap = new double[pfs];
        builtLeaveKeep = new double[pfs];
        forgetBuilt();
    }

    private Hazards(Hazards o) {
        params = o.params;
        coefficient = new double[o.coefficient.length][];
        for (int pf = 0; pf < coefficient.length; pf++) {
            if (o.coefficient[pf] == null) continue;
            coefficient[pf] = o.coefficient[pf].clone();
        }
        reasonWeight = o.reasonWeight.clone();
        engagedThreshold = o.engagedThreshold.clone();
        flatThreshold = o.flatThreshold.clone();
        offset = o.offset;
        builtCareerKeep = new double[coefficient.length];
        builtPayGap = new double[coefficient.length];
        builtLeaveKeep = new double[coefficient.length];
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

    /** The tenure band of a row of {@link #flatThreshold} within its pf. */
    int band(int pf, int row) {
        return (row - offset[pf]) >> 2;
    }

    /**
     * Solves the coefficients a(b, r) on the staff in post at {@code month} under business as usual (the
     * stated pay gap, engaged share and stagnation), so that month shows the stated rate per band and the
     * stated reason mix.
     */
    void calibrate(StaffTable staff, int month) {
        Layout layout = params.layout;
        LeavingParameters leaving = params.leaving;
        int pfs = layout.pfs();
        // Per pf, per band: staff, and the sums of each reason's driver x engagement factor.
        double[][] driverSum = new double[pfs][];
        int[][] count = new int[pfs][];
        int[] retiringWithinYear = new int[pfs];
        for (int pf = 0; pf < pfs; pf++) {
            if (!params.posts.present()[pf]) continue;
            driverSum[pf] = new double[coefficient[pf].length];
            count[pf] = new int[coefficient[pf].length / REASONS];
        }
        // The leaving pass of a month reads tenure and time in post as at the month's end (as HazardRowCache
        // does): calibrated a month earlier, those about to turn stagnating or change band would be missed.
        int now = month + 1;
        for (int i = 0; i < staff.size; i++) {
            int pf = layout.pfOfCell(staff.cell()[i]);
            int band = leaving.band(pf, now - staff.joinedMonth()[i]);
            boolean stagnating = now - staff.postMonth()[i] >= leaving.stagnationMonths();
            boolean engaged = staff.engagementPercentile(i) < threshold(leaving.engagedShare()[pf]);
            double engagement = engaged ? 1 : leaving.disengagedHazardRatio()[pf];
            for (int r = 0; r < REASONS; r++) {
                driverSum[pf][band * REASONS + r] += driver(pf, r, stagnating, 1, leaving.payGap()[pf]) * engagement;
            }
            count[pf][band]++;
            if (staff.retireMonth()[i] <= month + 12) retiringWithinYear[pf]++;
        }
        for (int pf = 0; pf < pfs; pf++) {
            if (!params.posts.present()[pf]) continue;
            double[] shares = leaving.reasonShares()[pf];
            double[] monthly = leaving.bandMonthlyProbability()[pf];
            // A band nobody is in yet: the drivers at their expected engagement, not stagnating.
            double share = leaving.engagedShare()[pf];
            double expectedEngagement = share + (1 - share) * leaving.disengagedHazardRatio()[pf];
            double factor = targetFactor(pf, count[pf], retiringWithinYear[pf]);
            for (int b = 0; b < monthly.length; b++) {
                for (int r = 0; r < REASONS; r++) {
                    double meanDriver = count[pf][b] > 0 ? driverSum[pf][b * REASONS + r] / count[pf][b]
                            : driver(pf, r, false, 1, leaving.payGap()[pf]) * expectedEngagement;
                    coefficient[pf][b * REASONS + r] = factor * monthly[b] * shares[r] / meanDriver;
                }
            }
        }
        forgetBuilt();
    }

    /**
     * The factor on every band's rate that makes a stated all-cause turnover (leavers / staff in post a
     * year, retirement included) come true at month 0: the voluntary leavers the year needs, the stated
     * turnover of the staff in post less those reaching retirement within the year, over the voluntary
     * leavers the bands' own rates expect. 1 when no such turnover is stated.
     */
    private double targetFactor(int pf, int[] bandCount, int retiringWithinYear) {
        double target = params.leaving.allCauseTurnover()[pf];
        if (Double.isNaN(target)) return 1;
        double[] monthly = params.leaving.bandMonthlyProbability()[pf];
        int staff = 0;
        double voluntary = 0;
        for (int b = 0; b < monthly.length; b++) {
            staff += bandCount[b];
            voluntary += 12 * bandCount[b] * monthly[b];
        }
        return voluntary == 0 ? 1 : Math.max(0, target * staff - retiringWithinYear) / voluntary;
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
            double disengaged = params.leaving.disengagedHazardRatio()[pf];
            double[] a = coefficient[pf];
            for (int b = 0; b < a.length / REASONS; b++) {
                for (int s = 0; s < 2; s++) {
                    int row = offset[pf] + b * 4 + s * 2;
                    double hazard = 0;
                    for (int r = 0; r < REASONS; r++) {
                        double w = a[b * REASONS + r] * driver(pf, r, s == 1, careerKeep, payGap);
                        // The engagement factor is common to every reason, so the split is the same in both rows.
                        reasonWeight[row * REASONS + r] = w;
                        reasonWeight[(row + 1) * REASONS + r] = w;
                        hazard += w;
                    }
                    for (int e = 0; e < 2; e++) {
                        double q = Math.min(1, hazard * (e == 1 ? 1 : disengaged) * leaveKeep);
                        flatThreshold[row + e] = RandomStreams.threshold53(q);
                    }
                }
            }
        }
    }

    /** The driver of a reason: stagnation (and any cut in career leaving) for career, the pay gap for pay. */
    private double driver(int pf, int reason, boolean stagnating, double careerKeep, double payGap) {
        return switch (reason) {
            case CAREER -> (stagnating ? params.leaving.stagnationHazardRatio()[pf] : 1) * careerKeep;
            case PAY -> payFactor(pf, payGap);
            default -> 1;
        };
    }

    /** Pay-driven leaving rises by the sensitivity for each 10% of pay below market. */
    private double payFactor(int pf, double payGap) {
        return 1 + params.leaving.payGapSensitivity()[pf] * Math.max(0, payGap) / 0.1;
    }

    static int threshold(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 256);
    }
}
