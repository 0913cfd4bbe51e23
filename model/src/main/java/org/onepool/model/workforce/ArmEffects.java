package org.onepool.model.workforce;

import java.util.Arrays;
import java.util.List;
import org.onepool.model.scenario.Effects;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.InterventionType;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.Stress;
import org.onepool.model.scenario.StressType;
import org.onepool.model.scenario.Uncertain;

/**
 * What an arm (business as usual, or an option, under an optional stress) changes in a given month,
 * per partner x job family. Reductions are stored as "keep" multipliers (1 = no change); several
 * interventions on the same mechanism combine multiplicatively. Recomputed at the start of each month.
 */
final class ArmEffects {
    private final Parameters params;
    private final Option option;
    private final Stress stress;
    private final Intervention[] interventions;
    /** Whether the arrays have been set to their neutral values at least once. */
    private boolean neutral;
    private final double[][] effect;
    private final boolean[][] covers;
    private final double[] setupGbp;
    private final double[] runningGbpPerMonth;
    private final double effectScale;
    private final int withdrawnPartner;
    private final LeverFunding funding;

    final double[] leaveKeep;
    final double[] careerKeep;
    final double[] engagedGain;
    final double[] campaignCostKeep;
    final double[] checksKeep;
    final double[] timeToFillKeep;
    final double[] failureKeep;
    final double[] trainingKeep;
    final double[] inductionKeep;
    final double[] agencyPremiumKeep;
    final double[] sharedRecruitment;
    /** Vacancies of a family one shared advert serves (1 where no centre applies). */
    final int[] vacanciesPerAdvert;
    final double[] talentBank;
    final double[] careerPaths;
    final double[] runnersUp;
    final double[] talentBankMonths;
    final double[] entrantsPerYear;
    final double[] establishmentFactor;
    double timeToFillMultiplier = 1;
    double failureIncrease;
    double payGapExtra;
    double investmentSetupGbp;
    double investmentRunningGbp;

    /** Indexes into {@link #effect} rows: one slot per numeric effect. */
    private static final int LEAVE = 0, CAREER = 1, ENGAGED = 2, CAMPAIGN = 3, CHECKS = 4, TTF = 5, FAIL = 6,
            RUNNERS = 7, BANK_MONTHS = 8, TRAINING = 9, INDUCTION = 10, AGENCY = 11, ENTRANTS = 12, PER_ADVERT = 13,
            SLOTS = 14;

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
                ? partnerIndex(stress.partner()) : -1;
        List<Intervention> list = option == null ? List.of() : option.interventions();
        interventions = list.toArray(new Intervention[0]);
        effect = new double[interventions.length][SLOTS];
        covers = new boolean[interventions.length][];
        setupGbp = new double[interventions.length];
        runningGbpPerMonth = new double[interventions.length];
        for (int i = 0; i < interventions.length; i++) {
            Intervention in = interventions[i];
            Effects e = in.effects();
            double[] row = effect[i];
            row[LEAVE] = values.of(e.leavingRateReduction(), 0, 1);
            row[CAREER] = values.of(e.careerLeavingReduction(), 0, 1);
            row[ENGAGED] = values.of(e.engagedShareGain(), 0, 1);
            row[CAMPAIGN] = values.of(e.campaignCostReduction(), 0, 1);
            row[CHECKS] = values.of(e.checksCostReduction(), 0, 1);
            row[TTF] = values.of(e.timeToFillReduction(), 0, 1);
            row[FAIL] = values.of(e.campaignFailureReduction(), 0, 1);
            row[RUNNERS] = values.of(e.runnersUpPerCampaign(), 0, 50);
            row[BANK_MONTHS] = values.of(e.talentBankMonths(), 0, 60);
            row[TRAINING] = values.of(e.trainingCostReduction(), 0, 1);
            row[INDUCTION] = values.of(e.inductionCostReduction(), 0, 1);
            row[AGENCY] = values.of(e.agencyPremiumReduction(), 0, 1);
            row[ENTRANTS] = values.of(e.entrantsPerYear(), 0, 10_000);
            row[PER_ADVERT] = values.of(e.vacanciesPerSharedAdvert() == null ? Uncertain.of(3) : e.vacanciesPerSharedAdvert(), 1, 50);
            covers[i] = coverage(option, in);
            setupGbp[i] = values.of(in.setupCostGbp(), 0, Double.MAX_VALUE);
            runningGbpPerMonth[i] = values.of(in.runningCostGbpPerYear(), 0, Double.MAX_VALUE) / 12;
        }
        int pfs = params.layout.pfs();
        leaveKeep = new double[pfs];
        careerKeep = new double[pfs];
        engagedGain = new double[pfs];
        campaignCostKeep = new double[pfs];
        checksKeep = new double[pfs];
        timeToFillKeep = new double[pfs];
        failureKeep = new double[pfs];
        trainingKeep = new double[pfs];
        inductionKeep = new double[pfs];
        agencyPremiumKeep = new double[pfs];
        sharedRecruitment = new double[pfs];
        vacanciesPerAdvert = new int[pfs];
        talentBank = new double[pfs];
        careerPaths = new double[pfs];
        runnersUp = new double[pfs];
        talentBankMonths = new double[pfs];
        entrantsPerYear = new double[pfs];
        establishmentFactor = new double[params.layout.partners()];
    }

    /** Sets every array for month {@code month} (negative during warm-up, when nothing is active). */
    void update(int month) {
        // Business as usual has nothing to apply: every array keeps its neutral value after the first month.
        if (neutral && interventions.length == 0 && stress == null) return;
        neutral = true;
        for (double[] keep : new double[][] {leaveKeep, careerKeep, campaignCostKeep, checksKeep, timeToFillKeep,
                failureKeep, trainingKeep, inductionKeep, agencyPremiumKeep}) {
            Arrays.fill(keep, 1);
        }
        for (double[] level : new double[][] {engagedGain, sharedRecruitment, talentBank, careerPaths, runnersUp,
                talentBankMonths, entrantsPerYear}) {
            Arrays.fill(level, 0);
        }
        Arrays.fill(vacanciesPerAdvert, 1);
        investmentSetupGbp = 0;
        investmentRunningGbp = 0;
        for (int i = 0; i < interventions.length; i++) {
            Intervention in = interventions[i];
            boolean funded = funding != null && funding.funds(i);
            if (!funded && month == in.startMonth()) investmentSetupGbp += setupGbp[i];
            if (!funded && month >= in.startMonth()) investmentRunningGbp += runningGbpPerMonth[i];
            double strength = in.strengthAt(month) * effectScale;
            if (strength <= 0) continue;
            apply(i, in.type(), strength, month);
        }
        stressUpdate(month);
    }

    /** The budget plan's spend at partner p this month (0 without a plan). */
    double plannedSpendGbp(int p, int month) {
        return funding == null ? 0 : funding.spendGbp(p, month);
    }

    private void apply(int i, InterventionType type, double stated, int month) {
        double[] e = effect[i];
        Layout layout = params.layout;
        boolean funded = funding != null && funding.funds(i);
        for (int pf = 0; pf < layout.pfs(); pf++) {
            if (!covers[i][pf] || layout.partnerOfPf(pf) == withdrawnPartner && month >= stress.startMonth()) continue;
            double s = funded ? stated * funding.strength(i, layout.partnerOfPf(pf), month) : stated;
            if (s <= 0) continue;
            leaveKeep[pf] *= 1 - Math.min(1, e[LEAVE] * s);
            careerKeep[pf] *= 1 - Math.min(1, e[CAREER] * s);
            engagedGain[pf] += e[ENGAGED] * s;
            campaignCostKeep[pf] *= 1 - Math.min(1, e[CAMPAIGN] * s);
            checksKeep[pf] *= 1 - Math.min(1, e[CHECKS] * s);
            timeToFillKeep[pf] *= 1 - Math.min(0.95, e[TTF] * s);
            failureKeep[pf] *= 1 - Math.min(1, e[FAIL] * s);
            trainingKeep[pf] *= 1 - Math.min(1, e[TRAINING] * s);
            inductionKeep[pf] *= 1 - Math.min(1, e[INDUCTION] * s);
            agencyPremiumKeep[pf] *= 1 - Math.min(1, e[AGENCY] * s);
            switch (type) {
                case SHARED_RECRUITMENT -> {
                    sharedRecruitment[pf] = Math.max(sharedRecruitment[pf], Math.min(1, s));
                    vacanciesPerAdvert[pf] = Math.max(vacanciesPerAdvert[pf], (int) Math.round(e[PER_ADVERT]));
                }
                case TALENT_BANK -> {
                    talentBank[pf] = Math.max(talentBank[pf], Math.min(1, s));
                    runnersUp[pf] += e[RUNNERS] * s;
                    talentBankMonths[pf] = Math.max(talentBankMonths[pf], e[BANK_MONTHS] * s);
                }
                case CAREER_PATHS -> careerPaths[pf] = Math.max(careerPaths[pf], Math.min(1, s));
                case GRADUATE_SCHEME -> entrantsPerYear[pf] += e[ENTRANTS] * s * establishmentShare(i, pf);
                default -> { }
            }
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

    /** The share of an intervention's covered establishment that falls in one partner x family. */
    private double establishmentShare(int i, int pf) {
        double total = 0;
        double mine = 0;
        Layout layout = params.layout;
        for (int q = 0; q < layout.pfs(); q++) {
            if (!covers[i][q]) continue;
            int posts = 0;
            int p = layout.partnerOfPf(q);
            int f = layout.familyOfPf(q);
            for (int g = 0; g < layout.gradesOfFamily()[f]; g++) posts += params.establishment0[layout.cell(p, f, g)];
            total += posts;
            if (q == pf) mine = posts;
        }
        return total == 0 ? 0 : mine / total;
    }

    private boolean[] coverage(Option option, Intervention in) {
        Layout layout = params.layout;
        boolean[] out = new boolean[layout.pfs()];
        List<String> partners = in.partners() != null ? in.partners() : option.partners();
        for (int p = 0; p < layout.partners(); p++) {
            Partner partner = params.scenario.partners().get(p);
            if (partners != null && !partners.contains(partner.id())) continue;
            for (int f = 0; f < layout.families(); f++) {
                String family = params.scenario.jobFamilies().get(f).id();
                if (in.jobFamilies() != null && !in.jobFamilies().contains(family)) continue;
                out[layout.pf(p, f)] = params.present[layout.pf(p, f)];
            }
        }
        return out;
    }

    /** Whether partner p is one of the option's partners (and has not withdrawn by this month). */
    boolean isOptionPartner(int p, int month) {
        if (option == null) return false;
        if (p == withdrawnPartner && month >= stress.startMonth()) return false;
        return option.partners() == null || option.partners().contains(params.scenario.partners().get(p).id());
    }

    private int partnerIndex(String id) {
        for (int p = 0; p < params.scenario.partners().size(); p++) {
            if (params.scenario.partners().get(p).id().equals(id)) return p;
        }
        return -1;
    }
}
