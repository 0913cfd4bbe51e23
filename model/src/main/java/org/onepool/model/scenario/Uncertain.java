package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A number that may be uncertain. In a scenario file it is either a plain number or an object with
 * exactly one of {@code value}, {@code triangular: [low, mode, high]}, {@code normal: {mean, sd}},
 * {@code lognormal: {median, p90}}, {@code uniform: [low, high]}, plus optional {@code source} and
 * {@code evidence} for the assumptions register, and an optional {@code id}: every input with the same id
 * means the same quantity, so it states the same distribution and takes one value per replication,
 * whichever options it appears in (common inputs across options).
 */
@JsonDeserialize(using = ScenarioJson.UncertainReader.class)
@JsonSerialize(using = ScenarioJson.UncertainWriter.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Uncertain(
        Double value,
        List<Double> triangular,
        NormalSpec normal,
        LogNormalSpec lognormal,
        List<Double> uniform,
        String source,
        Evidence evidence,
        String id) {

    public Uncertain {
        triangular = triangular == null ? null : List.copyOf(triangular);
        uniform = uniform == null ? null : List.copyOf(uniform);
    }

    /** z of the standard normal at 0.9, to turn a stated P90 into a lognormal shape. */
    private static final double Z90 = 1.2815515655446004;

    public static Uncertain of(double value) {
        return new Uncertain(value, null, null, null, null, null, null, null);
    }

    /** Whether another input states the same distribution (source, evidence and id apart). */
    public boolean sameDistribution(Uncertain o) {
        return java.util.Objects.equals(value, o.value) && java.util.Objects.equals(triangular, o.triangular)
                && java.util.Objects.equals(normal, o.normal) && java.util.Objects.equals(lognormal, o.lognormal)
                && java.util.Objects.equals(uniform, o.uniform);
    }

    /** True when the number is a plain value, with no spread. */
    public boolean isFixed() {
        return value != null;
    }

    /** How many distribution forms are given; a well-formed input has exactly one. */
    public int formCount() {
        int n = 0;
        if (value != null) n++;
        if (triangular != null) n++;
        if (normal != null) n++;
        if (lognormal != null) n++;
        if (uniform != null) n++;
        return n;
    }

    /** The central value used when the input is not being varied: value, mode, mean, median or midpoint. */
    public double central() {
        if (value != null) return value;
        if (triangular != null) return triangular.get(1);
        if (normal != null) return normal.mean();
        if (lognormal != null) return lognormal.median();
        if (uniform != null) return (uniform.get(0) + uniform.get(1)) / 2;
        throw new IllegalStateException("uncertain number with no form");
    }

    /** The p-quantile (0 &lt; p &lt; 1); a fixed value is its own quantile. */
    public double quantile(double p) {
        return value != null ? value : distribution(null).inverseCumulativeProbability(p);
    }

    /** One draw from the distribution, using the given generator. */
    public double sample(RandomGenerator random) {
        return value != null ? value : distribution(random).sample();
    }

    /** Smallest and largest values the input can take (infinite for normal and lognormal tails). */
    public double lowest() {
        if (value != null) return value;
        if (triangular != null) return triangular.get(0);
        if (uniform != null) return uniform.get(0);
        if (lognormal != null) return 0;
        return Double.NEGATIVE_INFINITY;
    }

    public double highest() {
        if (value != null) return value;
        if (triangular != null) return triangular.get(2);
        if (uniform != null) return uniform.get(1);
        return Double.POSITIVE_INFINITY;
    }

    /** The Commons Math distribution; only for non-fixed inputs. */
    public RealDistribution distribution(RandomGenerator random) {
        if (triangular != null) {
            double low = triangular.get(0);
            double mode = triangular.get(1);
            double high = triangular.get(2);
            if (low == high) return new UniformRealDistribution(random, low, Math.nextUp(low));
            return new TriangularDistribution(random, low, mode, high);
        }
        if (normal != null) return new NormalDistribution(random, normal.mean(), normal.sd(),
                NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        if (lognormal != null) {
            double scale = Math.log(lognormal.median());
            double shape = (Math.log(lognormal.p90()) - scale) / Z90;
            return new LogNormalDistribution(random, scale, shape,
                    LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        }
        if (uniform != null) return new UniformRealDistribution(random, uniform.get(0), uniform.get(1));
        throw new IllegalStateException("a fixed value has no distribution");
    }

    /** How the number reads in the assumptions register. */
    public String describe() {
        if (value != null) return trim(value);
        if (triangular != null) return "triangular(" + trim(triangular.get(0)) + ", " + trim(triangular.get(1))
                + ", " + trim(triangular.get(2)) + ")";
        if (normal != null) return "normal(mean " + trim(normal.mean()) + ", sd " + trim(normal.sd()) + ")";
        if (lognormal != null) return "lognormal(median " + trim(lognormal.median()) + ", P90 "
                + trim(lognormal.p90()) + ")";
        if (uniform != null) return "uniform(" + trim(uniform.get(0)) + ", " + trim(uniform.get(1)) + ")";
        return "?";
    }

    private static String trim(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
