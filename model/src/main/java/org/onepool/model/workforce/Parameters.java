package org.onepool.model.workforce;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.ProfileBand;
import org.onepool.model.scenario.Recruitment;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.SpecialistCourse;
import org.onepool.model.scenario.TenureBand;
import org.onepool.model.scenario.Training;
import org.onepool.model.scenario.Turnover;
import org.onepool.model.scenario.Vetting;
import org.onepool.model.scenario.Workforce;

/**
 * The scenario's numbers for one replication, resolved from its sampled values into flat arrays the
 * monthly phases read without touching the records. Immutable once built.
 */
final class Parameters {
    /** Tenure tables run to 60 years; longer tenure uses the last entry. */
    static final int MAX_TENURE_MONTHS = 720;

    final Scenario scenario;
    final Layout layout;
    final int horizonMonths;
    final int warmUpMonths;
    final int startCalendarMonth;
    final int stagnationMonths;
    final int redeploymentMonths;
    final double onCostRate;
    final double appointableProbability;
    final double crossPartnerWillingness;
    final double workingDays;

    // per cell
    /** Partner x family of each cell, looked up rather than divided in the hot loops. */
    final int[] pfOfCell;
    final double[] salaryGbp;
    final int[] establishment0;
    // per partner x family
    final boolean[] present;
    final double[] growthPerYear;
    final double[] engagedShare;
    final double[] payGap;
    final double[] stagnationHazardRatio;
    final double[] payGapSensitivity;
    final double[] disengagedHazardRatio;
    final double[][] reasonShares;
    final byte[][] bandOfTenure;
    /** The same tables end to end, pf x (MAX_TENURE_MONTHS + 1), for the leaving pass. */
    final byte[] bandOfTenureFlat;
    /** Per pf at [pf * (MAX_TENURE_MONTHS + 1) + tenure]: the next tenure in another band, or NO_NEXT_BAND. */
    final short[] nextBandTenureFlat;
    static final short NO_NEXT_BAND = Short.MAX_VALUE;
    final double[][] bandMonthlyProbability;
    final EventDistribution[] retirementAge;
    final double[][] ageBands;
    final double[][] tenureBands;
    // per family
    final boolean[] poolable;
    final boolean[] policeVetted;
    final boolean[] hardToRecruit;
    final int[] crossPartnerSkill;
    // per partner
    final boolean[] behindWall;
    final double[] advertisingGbp;
    final double[] adminGbp;
    final double[] checksGbp;
    final double[] inductionGbp;
    final double[] failureProbability;
    final double[] hardFailureProbability;
    final double[] agencyCoverShare;
    final double[] agencyPremiumRate;
    final double[] unfilledPostCostRate;
    final EventDistribution[] timeToFillMonths;
    final double[] redundancyCostGbp;
    final double[] inductionDays;
    final double[] genericCostPerHeadGbp;
    final double[] genericDaysPerHead;
    /** Cheapest course per partner x skill, GBP; NaN where the partner offers none. */
    final double[][] skillCourseGbp;
    final double[] headcount0;
    /** Where each partner is (0 when the scenario gives no coordinates), for travel in pool deployment. */
    final double[] latitude;
    final double[] longitude;
    final org.onepool.model.scenario.DeploymentMode deploymentMode;
    final List<String> skills;
    /** The staff as recorded for the partners an imported population covers; null when all are synthetic. */
    final RecordedStaff recorded;

    Parameters(Scenario scenario, ScenarioValues values) {
        this.scenario = scenario;
        this.layout = Layout.of(scenario);
        var appraisal = scenario.appraisal();
        var sim = scenario.simulation();
        horizonMonths = appraisal.horizonMonths();
        warmUpMonths = sim.warmUpYears() * 12;
        startCalendarMonth = appraisal.start().getMonthValue();
        stagnationMonths = sim.stagnationThresholdMonths();
        redeploymentMonths = sim.redeploymentMonths();
        onCostRate = values.of(sim.employerOnCostRate(), 0, 1);
        appointableProbability = values.of(sim.internalAppointableProbability(), 0, 1);
        crossPartnerWillingness = values.of(sim.crossPartnerWillingness(), 0, 1);
        workingDays = sim.workingDaysPerYear();

        int cells = layout.cells();
        int pfs = layout.pfs();
        int partners = layout.partners();
        int families = layout.families();
        pfOfCell = new int[cells];
        for (int cell = 0; cell < cells; cell++) pfOfCell[cell] = layout.pfOfCell(cell);
        salaryGbp = new double[cells];
        establishment0 = new int[cells];
        present = new boolean[pfs];
        growthPerYear = new double[pfs];
        engagedShare = new double[pfs];
        payGap = new double[pfs];
        stagnationHazardRatio = new double[pfs];
        payGapSensitivity = new double[pfs];
        disengagedHazardRatio = new double[pfs];
        reasonShares = new double[pfs][];
        bandOfTenure = new byte[pfs][];
        bandMonthlyProbability = new double[pfs][];
        retirementAge = new EventDistribution[pfs];
        ageBands = new double[pfs][];
        tenureBands = new double[pfs][];

        poolable = new boolean[families];
        policeVetted = new boolean[families];
        hardToRecruit = new boolean[families];
        crossPartnerSkill = new int[families];
        skills = skillNames(scenario);
        for (int f = 0; f < families; f++) {
            JobFamily family = scenario.jobFamilies().get(f);
            poolable[f] = family.poolable();
            policeVetted[f] = family.vetting() == Vetting.POLICE;
            hardToRecruit[f] = family.hardToRecruit();
            crossPartnerSkill[f] = family.crossPartnerSkill() == null ? -1 : skills.indexOf(family.crossPartnerSkill());
        }

        bandOfTenureFlat = new byte[pfs * (MAX_TENURE_MONTHS + 1)];
        nextBandTenureFlat = new short[pfs * (MAX_TENURE_MONTHS + 1)];
        behindWall = new boolean[partners];
        advertisingGbp = new double[partners];
        adminGbp = new double[partners];
        checksGbp = new double[partners];
        inductionGbp = new double[partners];
        failureProbability = new double[partners];
        hardFailureProbability = new double[partners];
        agencyCoverShare = new double[partners];
        agencyPremiumRate = new double[partners];
        unfilledPostCostRate = new double[partners];
        timeToFillMonths = new EventDistribution[partners];
        redundancyCostGbp = new double[partners];
        inductionDays = new double[partners];
        genericCostPerHeadGbp = new double[partners];
        genericDaysPerHead = new double[partners];
        skillCourseGbp = new double[partners][skills.size()];
        headcount0 = new double[partners];
        latitude = new double[partners];
        longitude = new double[partners];
        deploymentMode = sim.deploymentMode();
        recorded = RecordedStaff.of(scenario, layout);

        for (int p = 0; p < partners; p++) {
            Partner partner = scenario.partners().get(p);
            behindWall[p] = partner.vettingWall();
            redundancyCostGbp[p] = values.of(partner.redundancyCostGbp(), 0, Double.MAX_VALUE);
            headcount0[p] = partner.headcount();
            if (partner.location() != null && partner.location().latitude() != null
                    && partner.location().longitude() != null) {
                latitude[p] = partner.location().latitude();
                longitude[p] = partner.location().longitude();
            }
            recruitment(p, scenario.recruitmentOf(partner), values);
            Training training = scenario.trainingOf(partner);
            training(p, training == null ? Training.defaults() : training, values);
            for (Workforce w : partner.workforce()) {
                int f = familyIndex(scenario, w.jobFamily());
                workforce(p, f, w, values, scenario.jobFamilies().get(f));
            }
        }
    }

    private void recruitment(int p, Recruitment r, ScenarioValues v) {
        advertisingGbp[p] = v.of(r.advertisingGbp(), 0, Double.MAX_VALUE);
        adminGbp[p] = v.of(r.adminGbp(), 0, Double.MAX_VALUE);
        checksGbp[p] = v.of(r.checksGbp(), 0, Double.MAX_VALUE);
        inductionGbp[p] = v.of(r.inductionGbp(), 0, Double.MAX_VALUE);
        failureProbability[p] = v.of(r.campaignFailureProbability(), 0, 0.95);
        hardFailureProbability[p] = v.of(r.hardToRecruitFailureProbability(), 0, 0.95);
        agencyCoverShare[p] = v.of(r.agencyCoverShare(), 0, 1);
        agencyPremiumRate[p] = v.of(r.agencyPremiumRate(), 0, 5);
        unfilledPostCostRate[p] = v.of(r.unfilledPostCostRate(), 0, 5);
        timeToFillMonths[p] = new EventDistribution(r.timeToFillMonths(), 0.1, 60);
    }

    private void training(int p, Training t, ScenarioValues v) {
        inductionDays[p] = v.of(t.inductionDays(), 0, 60);
        genericCostPerHeadGbp[p] = v.of(t.genericCostPerHeadGbp(), 0, Double.MAX_VALUE);
        genericDaysPerHead[p] = v.of(t.genericDaysPerHead(), 0, 60);
        java.util.Arrays.fill(skillCourseGbp[p], Double.NaN);
        for (SpecialistCourse c : t.specialist()) {
            int s = skills.indexOf(c.skill());
            double cost = v.of(c.costGbp(), 0, Double.MAX_VALUE);
            if (Double.isNaN(skillCourseGbp[p][s]) || cost < skillCourseGbp[p][s]) skillCourseGbp[p][s] = cost;
        }
    }

    private void workforce(int p, int f, Workforce w, ScenarioValues v, JobFamily family) {
        int pf = layout.pf(p, f);
        present[pf] = true;
        int grades = family.grades();
        double[] mix = gradeMix(w, grades);
        int[] posts = apportion(w.headcount(), mix);
        double salarySum = 0;
        for (int g = 0; g < grades; g++) {
            int cell = layout.cell(p, f, g);
            List<Double> salaries = w.salaryByGradeGbp();
            salaryGbp[cell] = salaries.size() == 1 ? salaries.get(0) : salaries.get(g);
            establishment0[cell] = posts[g];
            salarySum += salaryGbp[cell] * mix[g];
        }
        growthPerYear[pf] = v.of(w.establishmentChangePerYear(), -0.5, 0.5);
        engagedShare[pf] = v.of(w.engagedShare(), 0, 1);
        double market = v.of(family.marketSalaryGbp(), 1, Double.MAX_VALUE);
        payGap[pf] = Math.max(0, (market - salarySum) / market);
        Turnover t = w.turnover();
        stagnationHazardRatio[pf] = v.of(t.drivers().stagnationHazardRatio(), 1, 10);
        payGapSensitivity[pf] = v.of(t.drivers().payGapSensitivity(), 0, 10);
        disengagedHazardRatio[pf] = v.of(t.drivers().disengagedHazardRatio(), 1, 10);
        var r = t.reasons();
        reasonShares[pf] = new double[] {r.career(), r.pay(), r.relocation(), r.other()};
        tenureTables(pf, t.tenureBands(), v);
        retirementAge[pf] = new EventDistribution(t.retirementAgeYears(), 50, 80);
        ageBands[pf] = flatten(w.ageProfile());
        tenureBands[pf] = w.tenureProfile() == null ? null : flatten(w.tenureProfile());
    }

    private void tenureTables(int pf, List<TenureBand> bands, ScenarioValues v) {
        byte[] bandOf = new byte[MAX_TENURE_MONTHS + 1];
        double[] monthly = new double[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            double annual = v.of(bands.get(b).annualRate(), 0, 1);
            // An annual rate is a one-year leaving probability; the monthly equivalent compounds to it.
            monthly[b] = 1 - Math.pow(1 - annual, 1.0 / 12);
        }
        for (int m = 0; m <= MAX_TENURE_MONTHS; m++) {
            double years = m / 12.0;
            int band = 0;
            for (int b = 0; b < bands.size(); b++) {
                if (years >= bands.get(b).fromYears()) band = b;
            }
            bandOf[m] = (byte) band;
        }
        bandOfTenure[pf] = bandOf;
        System.arraycopy(bandOf, 0, bandOfTenureFlat, pf * (MAX_TENURE_MONTHS + 1), bandOf.length);
        short next = NO_NEXT_BAND;
        for (int m = MAX_TENURE_MONTHS; m >= 0; m--) {
            nextBandTenureFlat[pf * (MAX_TENURE_MONTHS + 1) + m] = next;
            if (m > 0 && bandOf[m - 1] != bandOf[m]) next = (short) m;
        }
        bandMonthlyProbability[pf] = monthly;
    }

    /** The grade mix given, or a pyramid halving at each grade. */
    private static double[] gradeMix(Workforce w, int grades) {
        double[] mix = new double[grades];
        if (w.gradeMix() != null && w.gradeMix().size() == grades) {
            for (int g = 0; g < grades; g++) mix[g] = w.gradeMix().get(g);
        } else {
            double sum = 0;
            for (int g = 0; g < grades; g++) sum += mix[g] = Math.pow(0.5, g);
            for (int g = 0; g < grades; g++) mix[g] /= sum;
        }
        return mix;
    }

    /** Splits a whole number in proportion to shares, largest remainders first, so the parts sum exactly. */
    static int[] apportion(int total, double[] shares) {
        return Apportion.largestRemainders(total, shares);
    }

    private static double[] flatten(List<ProfileBand> bands) {
        double[] out = new double[bands.size() * 3];
        for (int i = 0; i < bands.size(); i++) {
            out[3 * i] = bands.get(i).fromYears();
            out[3 * i + 1] = bands.get(i).toYears();
            out[3 * i + 2] = bands.get(i).share();
        }
        return out;
    }

    private static List<String> skillNames(Scenario scenario) {
        List<String> names = new ArrayList<>();
        for (JobFamily f : scenario.jobFamilies()) {
            if (f.crossPartnerSkill() != null && !names.contains(f.crossPartnerSkill())) names.add(f.crossPartnerSkill());
        }
        List<Training> trainings = new ArrayList<>();
        if (scenario.training() != null) trainings.add(scenario.training());
        for (Partner p : scenario.partners()) if (p.training() != null) trainings.add(p.training());
        for (Training t : trainings) {
            for (SpecialistCourse c : t.specialist()) if (!names.contains(c.skill())) names.add(c.skill());
        }
        if (names.size() > 31) throw new IllegalArgumentException("at most 31 distinct skills are supported");
        return List.copyOf(names);
    }

    private static int familyIndex(Scenario scenario, String id) {
        for (int f = 0; f < scenario.jobFamilies().size(); f++) {
            if (scenario.jobFamilies().get(f).id().equals(id)) return f;
        }
        throw new IllegalArgumentException("unknown job family " + id);
    }

    /** Cost of one working day of a post in the cell, salary plus on-costs. */
    double dayCostGbp(int cell) {
        return salaryGbp[cell] * (1 + onCostRate) / workingDays;
    }

    /** Calendar month (1-12) of month index m, to find financial-year starts. */
    int calendarMonth(int month) {
        return Math.floorMod(startCalendarMonth - 1 + month, 12) + 1;
    }
}
