package org.onepool.model.optimise.budget;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * NPV as a linear function of {@link SurfaceFeatures}, fitted by least squares separately for each
 * replication of the design (the same plans on the same random numbers), so a plan's predictions form
 * a distribution over replications: its mean for the expected NPV, its 10th percentile for a cautious
 * panel. The least-squares solution comes from the singular value decomposition, which also copes with
 * features the design cannot tell apart.
 *
 * @param features     what the surface regresses on
 * @param coefficients [feature][replication]
 * @param rSquared     share of the variance of the design points' mean NPV the surface explains
 * @param rmseGbp      root mean square error of the mean NPV at the design points
 */
public record ResponseSurface(SurfaceFeatures features, double[][] coefficients, double rSquared, double rmseGbp) {

    /** Fits the surface to NPVs [design point][replication] of the design plans. */
    public static ResponseSurface fit(SurfaceFeatures features, List<BudgetPlan> design, double[][] npv) {
        int n = design.size();
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) x[i] = features.of(design.get(i));
        RealMatrix xm = new Array2DRowRealMatrix(x, false);
        RealMatrix beta = new SingularValueDecomposition(xm).getSolver().solve(new Array2DRowRealMatrix(npv, false));
        ResponseSurface fitted = new ResponseSurface(features, beta.getData(), 0, 0);
        double[] observed = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            observed[i] = mean(npv[i]);
            predicted[i] = fitted.mean(design.get(i));
        }
        double grand = mean(observed);
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            residual += (observed[i] - predicted[i]) * (observed[i] - predicted[i]);
            total += (observed[i] - grand) * (observed[i] - grand);
        }
        return new ResponseSurface(features, beta.getData(), total == 0 ? 1 : 1 - residual / total,
                Math.sqrt(residual / n));
    }

    /** Predicted NPV of the plan in each replication of the design. */
    public double[] predictions(BudgetPlan plan) {
        double[] x = features.of(plan);
        int reps = coefficients[0].length;
        double[] out = new double[reps];
        for (int j = 0; j < x.length; j++) {
            if (x[j] == 0) continue;
            double[] row = coefficients[j];
            for (int r = 0; r < reps; r++) out[r] += x[j] * row[r];
        }
        return out;
    }

    public double mean(BudgetPlan plan) {
        return mean(predictions(plan));
    }

    public double p10(BudgetPlan plan) {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(predictions(plan), 10);
    }

    public ToDoubleFunction<BudgetPlan> objective(BudgetObjective objective) {
        return objective == BudgetObjective.MEAN ? this::mean : this::p10;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        return s / v.length;
    }
}
