package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.finance.PayBill;
import org.onepool.model.projection.Projection;
import org.onepool.model.projection.ProjectionFold;
import org.onepool.model.scenario.Option;

/**
 * Folds the main replications' outcomes, strictly in replication order from 0 (the streaming percentiles
 * depend on the order): business as usual's indicators and cost, each option's accumulator, the sampled
 * inputs of the first replications (for screening the tornado's inputs by rank correlation) and the
 * staff-months simulated. Memory does not grow with replications.
 */
public final class AppraisalFold {
    private final int replications;
    private final List<OptionAccumulator> options = new ArrayList<>();
    private final StreamingStats[] baselineIndicators = StreamingStats.array(WorkforceIndicators.NAMES.size());
    private final StreamingStats baselineCost = new StreamingStats();
    /** Business as usual's pay bill [partner][year][line]. */
    private final StreamingStats[][][] payBill;
    private final AppraisalContext context;
    private final double[][] inputs;
    private double staffMonths;
    private final ProjectionFold projection;
    private int next;

    /** @param projections whether the outcomes carry workforce projections to fold */
    AppraisalFold(AppraisalContext context, List<Option> options, int replications, boolean projections) {
        this.replications = replications;
        this.context = context;
        int partners = context.scenario.partners().size();
        payBill = new StreamingStats[partners][context.years.years()][];
        for (var byYear : payBill) for (int y = 0; y < byYear.length; y++) byYear[y] = StreamingStats.array(PayBill.Line.values().length);
        for (Option o : options) this.options.add(new OptionAccumulator(context, o, replications));
        this.inputs = new double[Math.min(replications, StreamingStats.EXACT)][];
        List<String> years = new ArrayList<>();
        for (int y = 0; y < context.years.years(); y++) years.add(context.years.label(y));
        this.projection = projections ? new ProjectionFold(context.projectionRows, years, options.size() + 1) : null;
    }

    /** Takes the next replication's outcome: replication 0 first, then each in turn. */
    public void add(ReplicationOutcome outcome) {
        if (outcome.replication() != next) {
            throw new IllegalStateException("replication " + outcome.replication() + " arrived where " + next
                    + " was due: outcomes are folded in replication order");
        }
        if (next == replications) throw new IllegalStateException("all " + replications + " replications are folded");
        double[] indicators = outcome.baseline().toArray();
        for (int k = 0; k < baselineIndicators.length; k++) baselineIndicators[k].add(indicators[k]);
        baselineCost.add(outcome.baselineCostGbp());
        PayBill bill = outcome.baselinePayBill();
        for (int p = 0; p < payBill.length; p++) {
            for (int y = 0; y < payBill[p].length; y++) {
                for (PayBill.Line line : PayBill.Line.values()) payBill[p][y][line.ordinal()].add(bill.amount(p, y, line));
            }
        }
        if (next < inputs.length) inputs[next] = outcome.sampledInputs().stream().mapToDouble(Double::doubleValue).toArray();
        staffMonths += outcome.staffMonths();
        if (projection != null) projection.add(outcome.projection());
        for (int k = 0; k < options.size(); k++) {
            ReplicationOutcome.OptionOutcome o = outcome.options().get(k);
            options.get(k).add(next, o.appraisal(), o.workforce());
        }
        next++;
    }

    /** Replications folded so far. */
    public int folded() {
        return next;
    }

    boolean complete() {
        return next == replications;
    }

    List<OptionAccumulator> options() {
        return options;
    }

    /** The sampled inputs [replication][input] of the first replications (at most {@value StreamingStats#EXACT}). */
    double[][] screeningInputs() {
        return inputs;
    }

    Summary.Baseline baseline() {
        List<Summary.PartnerPayBill> bills = new ArrayList<>();
        for (int p = 0; p < payBill.length; p++) {
            List<Summary.PayBillYear> years = new ArrayList<>();
            for (int y = 0; y < payBill[p].length; y++) {
                StreamingStats[] l = payBill[p][y];
                years.add(new Summary.PayBillYear(context.years.label(y), l[PayBill.Line.PAY_IN_POST.ordinal()].stats(),
                        l[PayBill.Line.AGENCY_SPEND.ordinal()].stats(), l[PayBill.Line.VACANT_POST_UNDERSPEND.ordinal()].stats(),
                        l[PayBill.Line.PAY_BILL.ordinal()].stats()));
            }
            var partner = context.scenario.partners().get(p);
            bills.add(new Summary.PartnerPayBill(partner.id(), partner.name(), years));
        }
        return new Summary.Baseline(OptionAccumulator.workforce(baselineIndicators), baselineCost.stats(), bills);
    }

    /** The workforce projection, or null when the run makes none. */
    Projection projection(List<String> armIds, List<String> armNames) {
        return projection == null ? null : projection.result(armIds, armNames);
    }

    /** Bytes the projection's fold holds (fixed by rows, years and arms; 0 when the run makes none). */
    public long projectionBytes() {
        return projection == null ? 0 : projection.bytes();
    }

    double staffMonths() {
        return staffMonths;
    }
}
