package org.onepool.model.optimise.budget;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An exact method for the budget split's expected NPV at full size: a branch and bound over boxes of the
 * levers' headcount-weighted effect-years E (one number per lever), with a Lagrangian bound per box.
 *
 * <p>The surface is F(plan) = sum_j b_j f_j(n_j) + sum_(l&lt;=k) g_lk E_l E_k + sum_y s_y T_y, where j runs over
 * lever-partners, f_j is the effect-years of lever-partner j as a function of its tranche counts by year
 * n_j (a table, read from the surface's features one lever-partner at a time), E_l = sum_(j in l) w_j f_j
 * and T_y is year y's tranches. Only the products couple lever-partners. For a box of E and any multipliers
 * mu, every plan whose E lies in the box has F &lt;= D(mu) + R(mu), where D(mu) is the best plan for the
 * separable objective sum_j (b_j + mu_l w_j) f_j + sum_y s_y T_y under the budget, the annual cap and each
 * lever's minimum and maximum (solved exactly by a knapsack over the year-vectors of tranche counts), and
 * R(mu) is the maximum over the box of Q(E) - mu.E (solved exactly: every face of the box, its stationary
 * point). The multipliers are tuned per box by a subgradient method; each D's plan is scored exactly and
 * may improve the incumbent. A box whose bound is within the tolerance of the incumbent is closed;
 * otherwise it is split in half along the lever whose box side weighs most in Q.
 *
 * <p>What it proves: no plan beats the incumbent by more than the largest bound still open (the tolerance
 * when the search closes). The values are the surface's, so {@link Result#gainGbp} is checked against
 * {@link ResponseSurface#mean} by the caller.
 */
final class BudgetBranchAndBound {
    /** A result: the best plan, its gain over spending nothing, the proven bound on any plan's gain. */
    record Result(BudgetPlan plan, double gainGbp, double boundGbp, boolean closed, long boxes, int evaluations) {
    }

    /** Subgradient steps tuning each box's multipliers. */
    private static final int SUBGRADIENT_STEPS = 40;

    private final BudgetProblem problem;
    private final int levers;
    private final int years;
    private final int tranches;
    /** Lever-partners: lever, partner, coefficient b, headcount weight w, effect-years table by state. */
    private final int[] lpLever;
    private final int[] lpPartner;
    private final double[] lpCoefficient;
    private final double[] lpWeight;
    private final double[][] lpTable;
    /** g[l][k] for l &lt;= k. */
    private final double[][] gamma;
    private final double[] spendPerTranche;
    private final double constant;
    /** Valid year-vectors of tranche counts, as mixed-radix indices with radix tranches + 1. */
    private final int[] states;
    private final int[][] vector;
    private final int radix;
    private final int space;
    private final boolean[] valid;

    private BudgetPlan incumbent;
    private double incumbentValue = Double.NEGATIVE_INFINITY;
    private int evaluations;

    BudgetBranchAndBound(ResponseSurface surface) {
        this(surface, ExactBudgetSplit.meanCoefficients(surface));
    }

    /** On the surface with coefficients beta (the mean over replications, or one replication's). */
    BudgetBranchAndBound(ResponseSurface surface, double[] beta) {
        SurfaceFeatures features = surface.features();
        problem = features.problem();
        levers = problem.levers().size();
        years = problem.years();
        tranches = problem.tranches();
        radix = tranches + 1;
        int s = 1;
        for (int y = 0; y < years; y++) s *= radix;
        space = s;
        valid = new boolean[space];
        int yearCap = problem.annualCapGbp() == Long.MAX_VALUE ? tranches
                : (int) Math.min(tranches, problem.annualCapGbp() / problem.trancheGbp());
        int count = 0;
        int[][] vec = new int[space][];
        for (int i = 0; i < space; i++) {
            int[] v = decode(i);
            int total = 0;
            boolean ok = true;
            for (int n : v) {
                total += n;
                ok &= n <= yearCap;
            }
            if (ok && total <= tranches) {
                valid[i] = true;
                vec[i] = v;
                count++;
            }
        }
        states = new int[count];
        int k = 0;
        for (int i = 0; i < space; i++) if (valid[i]) states[k++] = i;
        vector = vec;

        int lps = features.count() - 2 - levers * (levers + 1) / 2;
        lpLever = new int[lps];
        lpPartner = new int[lps];
        lpCoefficient = new double[lps];
        lpWeight = new double[lps];
        lpTable = new double[lps][];
        int j = 0;
        for (int l = 0; l < levers; l++) {
            Lever lever = problem.levers().get(l);
            for (int p = 0; p < problem.partners(); p++) {
                if (!lever.covers(p)) continue;
                lpLever[j] = l;
                lpPartner[j] = p;
                lpCoefficient[j] = beta[1 + j];
                lpWeight[j] = lever.coveredHeadcount()[p] / lever.totalCoveredHeadcount();
                lpTable[j] = new double[space];
                for (int i : states) {
                    int[][][] counts = new int[levers][problem.partners()][years];
                    counts[l][p] = vector[i].clone();
                    lpTable[j][i] = features.of(new BudgetPlan(counts))[1 + j];
                }
                j++;
            }
        }
        gamma = new double[levers][levers];
        int f = 1 + lps;
        for (int l = 0; l < levers; l++) for (int m = l; m < levers; m++) gamma[l][m] = beta[f++];
        spendPerTranche = new double[years];
        for (int y = 0; y < years; y++) {
            int[][][] counts = new int[levers][problem.partners()][years];
            for (BudgetSlot slot : problem.slots()) {
                if (slot.year() == y) {
                    counts[slot.lever()][slot.partner()][y] = 1;
                    break;
                }
            }
            double[] x = features.of(new BudgetPlan(counts));
            spendPerTranche[y] = beta[f] * x[x.length - 1];
        }
        constant = beta[0];
    }

    /** The surface's value of a plan under this model (the caller checks it against the surface). */
    double value(BudgetPlan plan) {
        double v = constant;
        double[] e = new double[levers];
        for (int j = 0; j < lpLever.length; j++) {
            double fj = lpTable[j][encode(plan.tranches()[lpLever[j]][lpPartner[j]])];
            v += lpCoefficient[j] * fj;
            e[lpLever[j]] += lpWeight[j] * fj;
        }
        for (int y = 0; y < years; y++) v += spendPerTranche[y] * plan.yearTranches(y);
        return v + q(e);
    }

    /**
     * Searches from the plan given (the optimiser's, say) until every box is closed to within
     * {@code toleranceGbp}, or {@code boxLimit} boxes have been opened.
     */
    Result solve(BudgetPlan start, double toleranceGbp, long boxLimit) {
        double empty = value(BudgetPlan.empty(problem));
        offer(start);
        double[] lo = new double[levers];
        double[] hi = new double[levers];
        for (int j = 0; j < lpLever.length; j++) {
            double most = 0;
            for (int i : states) most = Math.max(most, lpTable[j][i]);
            hi[lpLever[j]] += lpWeight[j] * most;
        }
        Deque<double[][]> open = new ArrayDeque<>();
        open.push(new double[][] {lo, hi, gradient(mid(lo, hi))});
        long boxes = 0;
        double openBound = Double.NEGATIVE_INFINITY;
        while (!open.isEmpty()) {
            double[][] box = open.pop();
            if (boxes >= boxLimit) {
                openBound = Math.max(openBound, bound(box[0], box[1], box[2].clone(), SUBGRADIENT_STEPS));
                continue;
            }
            boxes++;
            double[] mu = box[2].clone();
            double b = bound(box[0], box[1], mu, SUBGRADIENT_STEPS);
            if (b <= incumbentValue + toleranceGbp) continue;
            int split = widest(box[0], box[1]);
            double cut = (box[0][split] + box[1][split]) / 2;
            double[] loA = box[0].clone();
            double[] hiA = box[1].clone();
            hiA[split] = cut;
            double[] loB = box[0].clone();
            loB[split] = cut;
            open.push(new double[][] {loB, box[1].clone(), mu});
            open.push(new double[][] {loA, hiA, mu});
        }
        boolean closed = openBound == Double.NEGATIVE_INFINITY;
        double proven = Math.max(incumbentValue + toleranceGbp, openBound);
        return new Result(incumbent, incumbentValue - empty, proven - empty, closed, boxes, evaluations);
    }

    /** The Lagrangian bound over the box, its multipliers tuned by {@code iterations} subgradient steps. */
    private double bound(double[] lo, double[] hi, double[] mu, int iterations) {
        double best = Double.POSITIVE_INFINITY;
        double[] bestMu = mu.clone();
        double[] planE = new double[levers];
        double[] boxE = new double[levers];
        for (int it = 0; it <= iterations; it++) {
            double d = separable(mu, hi, planE);
            double r = quadraticOverBox(lo, hi, mu, boxE);
            double phi = d + r;
            if (d == Double.NEGATIVE_INFINITY) return d;
            if (phi < best) {
                best = phi;
                bestMu = mu.clone();
            }
            if (best <= incumbentValue) break;
            double norm = 0;
            for (int l = 0; l < levers; l++) norm += (planE[l] - boxE[l]) * (planE[l] - boxE[l]);
            if (norm < 1e-18) break;
            // Polyak's step towards the incumbent: the bound need only fall below it to close the box.
            double step = (phi - incumbentValue) / norm;
            for (int l = 0; l < levers; l++) mu[l] -= step * (planE[l] - boxE[l]);
        }
        System.arraycopy(bestMu, 0, mu, 0, levers);
        return best;
    }

    /**
     * D(mu): the best plan for sum_j (b_j + mu_l w_j) f_j + spend under the plan's rules, by a knapsack over
     * lever-partners and then levers; lever-partners whose effect alone would pass the box's top are left
     * out of the choice. Scores the plan it finds exactly (a candidate incumbent); planE gets its E.
     */
    private double separable(double[] mu, double[] hi, double[] planE) {
        int lps = lpLever.length;
        int[][] choice = new int[lps][];
        int[][] leverChoice = new int[levers][];
        double[] all = start();
        int j = 0;
        for (int l = 0; l < levers; l++) {
            double[] lever = start();
            for (; j < lps && lpLever[j] == l; j++) {
                double[] gain = new double[space];
                java.util.Arrays.fill(gain, Double.NEGATIVE_INFINITY);
                for (int i : states) {
                    if (lpWeight[j] * lpTable[j][i] > hi[l] + 1e-12) continue;
                    gain[i] = (lpCoefficient[j] + mu[l] * lpWeight[j]) * lpTable[j][i];
                }
                choice[j] = new int[space];
                lever = convolve(lever, gain, choice[j]);
            }
            Lever spec = problem.levers().get(l);
            for (int i : states) {
                long spend = (long) total(vector[i]) * problem.trancheGbp();
                if (spend < spec.minGbp() || spend > spec.maxGbp()) lever[i] = Double.NEGATIVE_INFINITY;
            }
            leverChoice[l] = new int[space];
            all = convolve(all, lever, leverChoice[l]);
        }
        double best = Double.NEGATIVE_INFINITY;
        int at = -1;
        for (int i : states) {
            if (all[i] == Double.NEGATIVE_INFINITY) continue;
            double v = all[i];
            for (int y = 0; y < years; y++) v += spendPerTranche[y] * vector[i][y];
            if (v > best) {
                best = v;
                at = i;
            }
        }
        // No plan keeps each lever within its limits inside the box: nothing to bound.
        if (at < 0) return Double.NEGATIVE_INFINITY;
        int[][][] counts = new int[levers][problem.partners()][years];
        int rest = at;
        j = lps - 1;
        for (int l = levers - 1; l >= 0; l--) {
            int mine = leverChoice[l][rest];
            rest -= mine;
            int leverRest = mine;
            for (; j >= 0 && lpLever[j] == l; j--) {
                int c = choice[j][leverRest];
                counts[l][lpPartner[j]] = vector[c].clone();
                leverRest -= c;
            }
        }
        BudgetPlan plan = new BudgetPlan(counts);
        java.util.Arrays.fill(planE, 0);
        for (int k = 0; k < lps; k++) planE[lpLever[k]] += lpWeight[k] * lpTable[k][encode(counts[lpLever[k]][lpPartner[k]])];
        offer(plan);
        return best + constant;
    }

    private double[] start() {
        double[] v = new double[space];
        java.util.Arrays.fill(v, Double.NEGATIVE_INFINITY);
        v[0] = 0;
        return v;
    }

    /** out[s] = max over c &lt;= s of a[s - c] + b[c]; argmax c kept in choice. */
    private double[] convolve(double[] a, double[] b, int[] choice) {
        double[] out = new double[space];
        java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
        for (int s : states) {
            int[] vs = vector[s];
            double best = Double.NEGATIVE_INFINITY;
            int arg = -1;
            for (int c : states) {
                if (b[c] == Double.NEGATIVE_INFINITY) continue;
                int[] vc = vector[c];
                boolean fits = true;
                for (int y = 0; y < years && fits; y++) fits = vc[y] <= vs[y];
                if (!fits) continue;
                double av = a[s - c];
                if (av == Double.NEGATIVE_INFINITY) continue;
                double v = av + b[c];
                if (v > best) {
                    best = v;
                    arg = c;
                }
            }
            out[s] = best;
            choice[s] = arg;
        }
        return out;
    }

    private void offer(BudgetPlan plan) {
        evaluations++;
        if (BudgetScore.of(plan, new PlanValue(problem, p -> 0)).hardScore() != 0) return;
        double v = value(plan);
        if (v > incumbentValue) {
            incumbentValue = v;
            incumbent = plan;
        }
    }

    /**
     * R(mu): the maximum over the box of Q(E) - mu.E, exactly: a quadratic's maximum over a box lies at a
     * stationary point of its restriction to some face, so every face (each lever at its low end, its high
     * end or free) is tried. The maximiser goes to argmax.
     */
    private double quadraticOverBox(double[] lo, double[] hi, double[] mu, double[] argmax) {
        double best = Double.NEGATIVE_INFINITY;
        int faces = 1;
        for (int l = 0; l < levers; l++) faces *= 3;
        double[] e = new double[levers];
        for (int face = 0; face < faces; face++) {
            int code = face;
            int[] free = new int[levers];
            int nFree = 0;
            for (int l = 0; l < levers; l++) {
                int side = code % 3;
                code /= 3;
                if (side == 0) e[l] = lo[l];
                else if (side == 1) e[l] = hi[l];
                else free[nFree++] = l;
            }
            if (nFree > 0 && !stationary(free, nFree, e, mu, lo, hi)) continue;
            double v = q(e);
            for (int l = 0; l < levers; l++) v -= mu[l] * e[l];
            if (v > best) {
                best = v;
                System.arraycopy(e, 0, argmax, 0, levers);
            }
        }
        return best;
    }

    /** Solves grad Q = mu on the free coordinates with the others fixed; false if singular or outside the box. */
    private boolean stationary(int[] free, int n, double[] e, double[] mu, double[] lo, double[] hi) {
        double[][] a = new double[n][n + 1];
        for (int r = 0; r < n; r++) {
            int l = free[r];
            double rhs = mu[l];
            for (int m = 0; m < levers; m++) {
                double h = hessian(l, m);
                boolean isFree = false;
                for (int c = 0; c < n; c++) {
                    if (free[c] == m) {
                        a[r][c] = h;
                        isFree = true;
                    }
                }
                if (!isFree) rhs -= h * e[m];
            }
            a[r][n] = rhs;
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
            if (Math.abs(a[pivot][c]) < 1e-12) return false;
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) a[r][k] -= f * a[c][k];
            }
        }
        for (int r = 0; r < n; r++) {
            double v = a[r][n] / a[r][r];
            int l = free[r];
            if (v < lo[l] - 1e-12 || v > hi[l] + 1e-12) return false;
            e[l] = v;
        }
        return true;
    }

    /** Second derivative of Q in E_l and E_m. */
    private double hessian(int l, int m) {
        if (l == m) return 2 * gamma[l][l];
        return l < m ? gamma[l][m] : gamma[m][l];
    }

    private double q(double[] e) {
        double v = 0;
        for (int l = 0; l < levers; l++) for (int m = l; m < levers; m++) v += gamma[l][m] * e[l] * e[m];
        return v;
    }

    private double[] gradient(double[] e) {
        double[] g = new double[levers];
        for (int l = 0; l < levers; l++) for (int m = 0; m < levers; m++) g[l] += hessian(l, m) * e[m];
        return g;
    }

    private static double[] mid(double[] lo, double[] hi) {
        double[] m = new double[lo.length];
        for (int l = 0; l < m.length; l++) m[l] = (lo[l] + hi[l]) / 2;
        return m;
    }

    /** The lever whose side of the box moves Q most: its width times the size of its row of Q's Hessian. */
    private int widest(double[] lo, double[] hi) {
        int best = 0;
        double most = -1;
        for (int l = 0; l < levers; l++) {
            double row = 0;
            for (int m = 0; m < levers; m++) row += Math.abs(hessian(l, m)) * (hi[m] - lo[m]);
            double w = (hi[l] - lo[l]) * row;
            if (w > most) {
                most = w;
                best = l;
            }
        }
        return best;
    }

    private int[] decode(int i) {
        int[] v = new int[years];
        for (int y = 0; y < years; y++) {
            v[y] = i % radix;
            i /= radix;
        }
        return v;
    }

    private int encode(int[] v) {
        int i = 0;
        for (int y = years - 1; y >= 0; y--) i = i * radix + v[y];
        return i;
    }

    private static int total(int[] v) {
        int t = 0;
        for (int n : v) t += n;
        return t;
    }

    /** One replication's coefficients. */
    static double[] replication(ResponseSurface surface, int r) {
        double[][] c = surface.coefficients();
        double[] out = new double[c.length];
        for (int j = 0; j < c.length; j++) out[j] = c[j][r];
        return out;
    }
}
