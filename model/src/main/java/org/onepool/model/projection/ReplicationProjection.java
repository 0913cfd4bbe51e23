package org.onepool.model.projection;

import java.io.Serializable;
import java.util.List;

/**
 * The projections of one replication's arms (business as usual first, then each option), each laid out as
 * {@link ArmProjection} does. Immutable; serialisable so a block of replications can be folded elsewhere.
 */
public final class ReplicationProjection implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double[][] arms;

    public ReplicationProjection(List<double[]> arms) {
        this.arms = new double[arms.size()][];
        for (int a = 0; a < this.arms.length; a++) this.arms[a] = arms.get(a).clone();
    }

    /** Takes the arrays as they are: only for arrays made here and handed over, never kept by the caller. */
    ReplicationProjection(double[][] arms) {
        this.arms = arms;
    }

    public int arms() {
        return arms.length;
    }

    public int size() {
        return arms.length == 0 ? 0 : arms[0].length;
    }

    public double value(int arm, int index) {
        return arms[arm][index];
    }

    /** One arm's values, for the fold alone to read (not copied). */
    double[] arm(int arm) {
        return arms[arm];
    }
}
