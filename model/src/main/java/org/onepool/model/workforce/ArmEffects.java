package org.onepool.model.workforce;

import java.util.Arrays;
import java.util.List;
import org.onepool.model.scenario.Effect;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.InterventionType;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.SpendCovers;
import org.onepool.model.scenario.StaffCostChange;
import org.onepool.model.scenario.Stress;
import org.onepool.model.scenario.StressType;

/**
 * What an arm (business as usual, or an option, under an optional stress) changes in a given month,
 * per partner x job family: for each {@link Effect}, the interventions' values combined as the effect
 * declares (a reduction as the share kept, 1 = no change), and for each mechanism, the share of
 * vacancies it reaches. Recomputed at the start of each month; phases read the arrays.
 */
final class ArmEffects {
    private static final Effect[] EFFECTS = Effect.values();
    private static final InterventionType[] TYPES = InterventionType.values();

    private final Parameters params;
    private final Option option;
    private final Stress stress;
    private final Intervention[] interventions;
    /** The option's own interventions come first; the rest are the sharing in place (no costs, full strength). */
    private final int ownInterventions;
    /** Whether the arrays have been set to their neutral values at least once. */
    private boolean neutral;
    /** Per intervention, per effect: its value this replication (sampled and clamped, or the default). */
    private final double[][] value;
    /** Per intervention: the effects it applies that can change anything (zero reductions left out: exact). */
    private final Effect[][] applied;
    private final boolean[][] covers;
    /** Per intervention, per pf: the pf's share of the month-0 posts the intervention covers. */
    private final double[][] postShare;
    private final double[] setupGbp;
    private final double[] runningGbpPerMonth;
    private final double effectScale;
    private final int withdrawnPartner;
    /** Per partner: the month it leaves the option (MAX_VALUE: it stays). */
    private final int[] leavesAt;
    private final LeverFunding funding;
    /** Per intervention: its stop rule's wind-down cost this replication; whether the rule stopped it. */
    private final double[] windDownGbp;
    private final boolean[] stopped;
    /** Business as usual's series in this replication and this arm's own, for stop rules (null: not reviewed). */
    private MonthlySeries baselineSeries;
    private MonthlySeries ownSeries;

    /** Per effect, per pf: the interventions' values combined ({@link Effect#combine}). */
    private final double[][] combined;
    /** Per intervention type that is a mechanism, per pf: the share of vacancies it reaches (else null). */
    private final double[][] reach;
    final double[] establishmentFactor;
    double timeToFillMultiplier = 1;
    double failureIncrease;
    double payGapExtra;
    double investmentSetupGbp;
    double investmentRunningGbp;
    /** Running costs that are payments to staff (e.g. retention payments): a transfer, not a resource cost. */
    double paymentsToStaffGbp;
    /** Per partner: this month's cost of posts outside the workforce the option adds (+) or removes (-). */
    final double[] staffCostGbp;
    /** Per intervention, per change of posts: its partner, its cost a month, and the month it takes effect. */
    private final int[][] changePartner;
    private final double[][] changeGbpPerMonth;
    private final int[][] changeFrom;

    ArmEffects(Parameters params, Option option, Stress stress, ScenarioValues values) {
        this(params, new Arm(option, stress), values);
    }

    ArmEffects(Parameters params, Arm arm, ScenarioValues values) {
        Option option = arm.option();
        Stress stress = arm.stress();
        this.funding = arm.funding();
        this.params = params;
        this.option = option;
        this.stress = stress;
        this.effectScale = stress != null && stress.type() == StressType.EFFECT_SCALE ? stress.effectScale() : 1;
        this.withdrawnPartner = stress != null && stress.type() == StressType.PARTNER_WITHDRAWS
                ? params.scenario.partnerIndex(stress.partner()) : -1;
        leavesAt = new int[params.layout.partners()];
        for (int p = 0; p < leavesAt.length; p++) {
            leavesAt[p] = option == null ? Integer.MAX_VALUE
                    : option.withdrawalMonth(params.scenario.partners().get(p).id());
        }
        List<Intervention> list = new java.util.ArrayList<>(option == null ? List.of() : option.interventions());
        // The sharing in place comes after the option's own (a budget plan indexes those), in every arm but apart.
        ownInterventions = list.size();
        if (!arm.apart()) list.addAll(params.scenario.inPlace());
        interventions = list.toArray(new Intervention[0]);
        value = new double[interventions.length][EFFECTS.length];
        applied = new Effect[interventions.length][];
        covers = new boolean[interventions.length][];
        postShare = new double[interventions.length][];
        windDownGbp = new double[interventions.length];
        stopped = new boolean[interventions.length];
        changePartner = new int[interventions.length][];
        changeGbpPerMonth = new double[interventions.length][];
        changeFrom = new int[interventions.length][];
        setupGbp = new double[interventions.length];
        runningGbpPerMonth = new double[interventions.length];
        for (int i = 0; i < interventions.length; i++) {
            Intervention in = interventions[i];
            for (Effect effect : EFFECTS) value[i][effect.ordinal()] = values.of(in.effects(), effect);
            double[] v = value[i];
            applied[i] = Arrays.stream(EFFECTS).filter(e -> e.appliesTo(in.type()) && e.contributes(v[e.ordinal()]))
                    .toArray(Effect[]::new);
            covers[i] = coverage(i < ownInterventions ? option : null, in);
            postShare[i] = postShares(covers[i]);
            setupGbp[i] = values.of(in.setupCostGbp(), 0, Double.MAX_VALUE);
            runningGbpPerMonth[i] = values.of(in.runningCostGbpPerYear(), 0, Double.MAX_VALUE) / 12;
            if (in.stopIf() != null) windDownGbp[i] = values.of(in.stopIf().windDownCostGbp(), 0, Double.MAX_VALUE);
            List<StaffCostChange> changes = in.staffCostChanges();
            changePartner[i] = changes.stream().mapToInt(c -> params.scenario.partnerIndex(c.partner())).toArray();
            changeGbpPerMonth[i] = changes.stream()
                    .mapToDouble(c -> c.fteChange() * values.of(c.costPerFteGbpPerYear(), 0, Double.MAX_VALUE) / 12).toArray();
            changeFrom[i] = changes.stream().mapToInt(in::fromMonthOf).toArray();
        }
        int pfs = params.layout.pfs();
        combined = new double[EFFECTS.length][pfs];
        reach = new double[TYPES.length][];
        for (InterventionType type : TYPES) if (type.isMechanism()) reach[type.ordinal()] = new double[pfs];
        establishmentFactor = new double[params.layout.partners()];
        staffCostGbp = new double[params.layout.partners()];
    }

    /**
     * Per pf: the index of the first graduate scheme covering it, whose terms its trainees train on, or -1
     * (none). A scheme covers a pf even before it starts: its cohorts finish on its terms after it ends.
     */
    int[] graduateSchemeOf() {
        int[] out = new int[params.layout.pfs()];
        Arrays.fill(out, -1);
        for (int i = interventions.length - 1; i >= 0; i--) {
            if (interventions[i].type() != InterventionType.GRADUATE_SCHEME) continue;
            for (int pf = 0; pf < out.length; pf++) if (covers[i][pf]) out[pf] = i;
        }
        return out;
    }

    /** Intervention i's value of an effect this replication (sampled, or its default). */
    double valueOf(int i, Effect effect) {
        return value[i][effect.ordinal()];
    }

    /** Per pf: the effect's combined value this month (for a reduction, the share kept). */
    double[] combined(Effect effect) {
        return combined[effect.ordinal()];
    }

    /** Per pf: the share of vacancies a mechanism reaches this month (0 where it does not apply). */
    double[] reach(InterventionType mechanism) {
        return reach[mechanism.ordinal()];
    }

    /** Sets every array for month {@code month} (negative during warm-up, when nothing is active). */
    void update(int month) {
        // Business as usual has nothing to apply: every array keeps its neutral value after the first month.
        if (neutral && interventions.length == 0 && stress == null) return;
        neutral = true;
        for (Effect effect : EFFECTS) Arrays.fill(combined[effect.ordinal()], effect.neutral());
        for (double[] share : reach) if (share != null) Arrays.fill(share, 0);
        investmentSetupGbp = 0;
        investmentRunningGbp = 0;
        paymentsToStaffGbp = 0;
        Arrays.fill(staffCostGbp, 0);
        // The sharing in place is what the partners already do: neither ramped nor scaled by a stress on effects.
        for (int i = ownInterventions; i < interventions.length; i++) apply(i, interventions[i].type(), 1, month);
        for (int i = 0; i < ownInterventions; i++) {
            Intervention in = interventions[i];
            boolean funded = funding != null && funding.funds(i);
            SpendCovers covered = funded ? in.doseResponse().spendCovers() : SpendCovers.NOTHING;
            if (!covered.setup() && month == in.startMonth()) investmentSetupGbp += setupGbp[i];
            boolean halted = review(i, month);
            if (halted && month == in.stopIf().reviewMonth()) investmentRunningGbp += windDownGbp[i];
            if (in.runsIn(month) && !halted && paysRunningCosts(in, funded, covered, month)) {
                if (in.runningCostIsPaymentToStaff()) paymentsToStaffGbp += runningGbpPerMonth[i];
                else investmentRunningGbp += runningGbpPerMonth[i];
            }
            if (in.runsIn(month) && !halted) changePosts(i, month);
            double strength = halted ? 0 : in.strengthAt(month) * effectScale;
            if (strength <= 0) continue;
            apply(i, in.type(), strength, month);
        }
        stressUpdate(month);
    }

    /** Posts intervention i removes or adds, from each change's month, at partners still in the option. */
    private void changePosts(int i, int month) {
        for (int k = 0; k < changePartner[i].length; k++) {
            int p = changePartner[i][k];
            if (month >= changeFrom[i][k] && isOptionPartner(p, month)) staffCostGbp[p] += changeGbpPerMonth[i][k];
        }
    }

    /** Gives stop rules the series they compare: business as usual's in this replication, and this arm's. */
    void watch(MonthlySeries baseline, MonthlySeries own) {
        this.baselineSeries = baseline;
        this.ownSeries = own;
    }

    /** The interventions (indexes into the option's list) their stop rule has stopped so far. */
    List<Integer> stoppedInterventions() {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < stopped.length; i++) if (stopped[i]) out.add(i);
        return out;
    }

    /**
     * Whether intervention i has been stopped by its rule by this month, reviewing it in its review month:
     * vacancy-months over the staff it covers, months 0 to the one before, against business as usual.
     */
    private boolean review(int i, int month) {
        var rule = interventions[i].stopIf();
        if (rule == null || baselineSeries == null || month < rule.reviewMonth()) return false;
        if (month == rule.reviewMonth()) {
            double own = 0;
            double base = 0;
            for (int m = 0; m < month; m++) {
                for (int pf = 0; pf < params.layout.pfs(); pf++) {
                    if (!covers[i][pf]) continue;
                    own += ownSeries.get(m, pf, Measure.VACANCIES);
                    base += baselineSeries.get(m, pf, Measure.VACANCIES);
                }
            }
            double reduction = base > 0 ? 1 - own / base : 0;
            stopped[i] = reduction < rule.reductionBelow();
        }
        return stopped[i];
    }

    /**
     * Whether the arm books an intervention's running costs this month: always unless a plan funds it; in
     * the budget period unless the spend covers them; after it only if the partners fund the lever.
     */
    private boolean paysRunningCosts(Intervention in, boolean funded, SpendCovers covered, int month) {
        if (!funded) return true;
        if (funding.inBudgetPeriod(month)) return !covered.running();
        return in.doseResponse().partnersFundAfterBudget();
    }

    /** The budget plan's spend at partner p this month (0 without a plan). */
    double plannedSpendGbp(int p, int month) {
        return funding == null ? 0 : funding.spendGbp(p, month);
    }

    private void apply(int i, InterventionType type, double stated, int month) {
        double[] v = value[i];
        double[] reached = reach[type.ordinal()];
        Layout layout = params.layout;
        boolean own = i < ownInterventions;
        boolean funded = own && funding != null && funding.funds(i);
        for (int pf = 0; pf < layout.pfs(); pf++) {
            if (!covers[i][pf] || own && (layout.partnerOfPf(pf) == withdrawnPartner && month >= stress.startMonth()
                    || month >= leavesAt[layout.partnerOfPf(pf)])) continue;
            double s = funded ? stated * funding.strength(i, layout.partnerOfPf(pf), month) : stated;
            if (s <= 0) continue;
            for (Effect effect : applied[i]) {
                double[] c = combined[effect.ordinal()];
                c[pf] = effect.combine(c[pf], v[effect.ordinal()], s, postShare[i][pf]);
            }
            if (reached != null) reached[pf] = Math.max(reached[pf], Math.min(1, s));
        }
    }

    private void stressUpdate(int month) {
        Arrays.fill(establishmentFactor, 1);
        timeToFillMultiplier = 1;
        failureIncrease = 0;
        payGapExtra = 0;
        if (stress == null || month < stress.startMonth()) return;
        switch (stress.type()) {
            case MARKET_TIGHTENING -> {
                timeToFillMultiplier = stress.timeToFillMultiplier() == null ? 1 : stress.timeToFillMultiplier();
                failureIncrease = stress.campaignFailureIncrease() == null ? 0 : stress.campaignFailureIncrease();
            }
            case PAY_RESTRAINT -> payGapExtra = stress.payGapPerYear() * (month - stress.startMonth()) / 12.0;
            case ESTABLISHMENT_CUT -> scaleEstablishment(1 + stress.establishmentChange());
            case DEMAND_SURGE -> {
                if (month < stress.startMonth() + stress.durationMonths()) {
                    scaleEstablishment(1 + stress.establishmentChange());
                }
            }
            default -> { }
        }
    }

    private void scaleEstablishment(double factor) {
        for (int p = 0; p < establishmentFactor.length; p++) {
            String id = params.scenario.partners().get(p).id();
            if (stress.partners() == null || stress.partners().contains(id)) establishmentFactor[p] = factor;
        }
    }

    /** Each partner x family's share of the month-0 posts an intervention covers (0 where it does not cover). */
    private double[] postShares(boolean[] covered) {
        Layout layout = params.layout;
        double[] posts = new double[layout.pfs()];
        double total = 0;
        for (int pf = 0; pf < layout.pfs(); pf++) {
            if (!covered[pf]) continue;
            int n = 0;
            int[] establishment0 = params.posts.establishment0();
            for (int cell = layout.firstCellOfPf(pf); cell < layout.endCellOfPf(pf); cell++) n += establishment0[cell];
            posts[pf] = n;
            total += n;
        }
        for (int pf = 0; pf < posts.length; pf++) posts[pf] = total == 0 ? 0 : posts[pf] / total;
        return posts;
    }

    private boolean[] coverage(Option option, Intervention in) {
        Layout layout = params.layout;
        boolean[] out = new boolean[layout.pfs()];
        List<String> partners = in.partners() != null || option == null ? in.partners() : option.partners();
        for (int p = 0; p < layout.partners(); p++) {
            Partner partner = params.scenario.partners().get(p);
            if (partners != null && !partners.contains(partner.id()) || !partner.inPartnership()) continue;
            for (int f = 0; f < layout.families(); f++) {
                String family = params.scenario.jobFamilies().get(f).id();
                if (in.jobFamilies() != null && !in.jobFamilies().contains(family)) continue;
                // Pooling reaches only what may be pooled, whichever pooling mechanism it is.
                if (in.type().pools() && !params.mobility.mayPool(p, f)) continue;
                out[layout.pf(p, f)] = params.posts.present()[layout.pf(p, f)];
            }
        }
        return out;
    }

    /**
     * Whether partner p is one of the option's partners (and has not withdrawn by this month). A partner
     * leaving under a stress is still one for the option's costs (the stress asks what its going does to the
     * others' savings); one leaving by the option's own withdrawals is not.
     */
    boolean paysIn(int p, int month) {
        return isOptionPartner(p, 0) && month < leavesAt[p];
    }

    /** Whether partner p is one of the option's partners (and has not withdrawn by this month). */
    boolean isOptionPartner(int p, int month) {
        if (option == null || !params.scenario.partners().get(p).inPartnership()) return false;
        if (p == withdrawnPartner && month >= stress.startMonth()) return false;
        if (month >= leavesAt[p]) return false;
        return option.partners() == null || option.partners().contains(params.scenario.partners().get(p).id());
    }
}
