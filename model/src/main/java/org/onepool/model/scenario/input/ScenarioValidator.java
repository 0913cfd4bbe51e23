package org.onepool.model.scenario.input;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onepool.model.scenario.AppraisalSettings;
import org.onepool.model.scenario.DiscountBand;
import org.onepool.model.scenario.DiscountSchedule;
import org.onepool.model.scenario.FinancialYearLabel;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.LeaverReasons;
import org.onepool.model.scenario.Location;
import org.onepool.model.scenario.OptimismBias;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.PartnerType;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.ProfileBand;
import org.onepool.model.scenario.Recruitment;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.SimulationSettings;
import org.onepool.model.scenario.SpecialistCourse;
import org.onepool.model.scenario.TenureBand;
import org.onepool.model.scenario.Training;
import org.onepool.model.scenario.Turnover;
import org.onepool.model.scenario.TurnoverDrivers;
import org.onepool.model.scenario.Uncertain;
import org.onepool.model.scenario.Workforce;

/** Checks what the schema cannot: ranges, sums, cross-references and sizes. */
final class ScenarioValidator {
    static final int MAX_PARTNERS = 200;
    static final int MAX_JOB_FAMILIES = 100;
    static final long MAX_TOTAL_HEADCOUNT = 1_000_000;
    static final int MAX_HEADCOUNT_PER_ROW = 500_000;

    private final Checks checks = new Checks();
    private final Scenario scenario;

    private ScenarioValidator(Scenario scenario) {
        this.scenario = scenario;
    }

    static List<Problem> validate(Scenario scenario) {
        ScenarioValidator v = new ScenarioValidator(scenario);
        v.run();
        return v.checks.problems();
    }

    private void run() {
        checks.text("name", scenario.name());
        appraisal(scenario.appraisal());
        simulation(scenario.simulation());
        jobFamilies();
        if (scenario.recruitment() != null) recruitment("recruitment", scenario.recruitment());
        if (scenario.training() != null) training("training", scenario.training());
        partners();
        OptionValidator.validate(scenario, checks);
        commonInputs();
    }

    /** Inputs that share an id are one quantity: each states the distribution its first one does. */
    private void commonInputs() {
        java.util.Map<String, org.onepool.model.scenario.Assumption> first = new java.util.HashMap<>();
        for (var a : org.onepool.model.scenario.AssumptionsRegister.of(scenario)) {
            String id = a.input().id();
            if (id == null) continue;
            checks.identifier(a.path() + ".id", id);
            var earlier = first.putIfAbsent(id, a);
            if (earlier != null && !earlier.input().sameDistribution(a.input())) {
                checks.add(a.path(), a.input().describe() + " for id \"" + id + "\"",
                        "the distribution every input with that id states (" + earlier.input().describe() + " at "
                                + earlier.path() + ")");
            }
        }
    }

    private void appraisal(AppraisalSettings a) {
        if (a.start() == null) checks.add("appraisal.startMonth", "\"" + a.startMonth() + "\"", "a month as YYYY-MM, e.g. 2027-04");
        checks.between("appraisal.horizonYears", a.horizonYears(), 1, 60);
        checks.between("appraisal.replications", a.replications(), 1, 100_000);
        if (a.discountSchedule() == DiscountSchedule.CUSTOM) {
            if (checks.present("appraisal.discountRates", a.discountRates(), "discount bands for the custom schedule")) {
                discountBands(a.discountRates());
            }
        } else if (a.discountRates() != null) {
            checks.add("appraisal.discountRates", "bands with discountSchedule " + a.discountSchedule().name(),
                    "no bands unless discountSchedule is custom");
        }
        OptimismBias bias = a.optimismBias();
        for (String item : new String[] {"costUplift", "setupUplift", "runningUplift"}) {
            Uncertain u = switch (item) {
                case "costUplift" -> bias.costUplift();
                case "setupUplift" -> bias.setupUplift();
                default -> bias.runningUplift();
            };
            if (u != null) checks.range("appraisal.optimismBias." + item, u, 0, 5, "an uplift from 0 to 5 (500%)");
        }
        if (bias.mitigation() != null) checks.rate("appraisal.optimismBias.mitigation", bias.mitigation());
        if (bias.setupMitigation() != null) checks.rate("appraisal.optimismBias.setupMitigation", bias.setupMitigation());
        if (bias.runningMitigation() != null)
            checks.rate("appraisal.optimismBias.runningMitigation", bias.runningMitigation());
        if (a.priceBase() == null) {
            checks.add("appraisal.priceBaseYear", "\"" + a.priceBaseYear() + "\"", "a financial year such as 2024-25");
        }
        checks.between("appraisal.realEarningsGrowth", a.realEarningsGrowth(), -0.1, 0.1,
                "a real growth rate a year from -0.1 to 0.1");
        for (int i = 0; i < a.nominal().size(); i++) {
            var band = a.nominal().get(i);
            String p = "appraisal.nominal[" + i + "]";
            if (FinancialYearLabel.parse(band.fromYear()) == null) {
                checks.add(p + ".fromYear", "\"" + band.fromYear() + "\"", "a financial year such as 2025-26");
            }
            checks.between(p + ".payAward", band.payAward(), -0.2, 0.5, "a pay award a year from -0.2 to 0.5");
            checks.between(p + ".priceInflation", band.priceInflation(), -0.2, 0.5, "inflation a year from -0.2 to 0.5");
        }
        checks.rate("appraisal.optimismBias.benefitsShortfall", bias.benefitsShortfall());
    }

    private void discountBands(List<DiscountBand> bands) {
        checks.nonEmpty("appraisal.discountRates", bands, "at least one band starting at year 0");
        for (int i = 0; i < bands.size(); i++) {
            String p = "appraisal.discountRates[" + i + "]";
            DiscountBand band = bands.get(i);
            if (i == 0 && band.fromYear() != 0) checks.add(p + ".fromYear", "" + band.fromYear(), "0 for the first band");
            if (i > 0 && band.fromYear() <= bands.get(i - 1).fromYear()) {
                checks.add(p + ".fromYear", "" + band.fromYear(), "a year after the previous band's");
            }
            checks.between(p + ".annualRate", band.annualRate(), 0, 0.5, "an annual rate from 0 to 0.5");
        }
    }

    private void simulation(SimulationSettings s) {
        checks.between("simulation.warmUpYears", s.warmUpYears(), 0, 20);
        checks.between("simulation.stagnationThresholdMonths", s.stagnationThresholdMonths(), 1, 240);
        checks.between("simulation.workingDaysPerYear", s.workingDaysPerYear(), 100, 366);
        checks.rate("simulation.employerOnCostRate", s.employerOnCostRate());
        checks.rate("simulation.internalAppointableProbability", s.internalAppointableProbability());
        checks.between("simulation.redeploymentMonths", s.redeploymentMonths(), 0, 24);
        checks.rate("simulation.crossPartnerWillingness", s.crossPartnerWillingness());
        checks.rate("simulation.internalAdvertShare", s.internalAdvertShare());
    }

    private void jobFamilies() {
        List<JobFamily> families = scenario.jobFamilies();
        checks.nonEmpty("jobFamilies", families, "at least one job family");
        checks.named("jobFamilies", families, MAX_JOB_FAMILIES, "job families", JobFamily::id, JobFamily::name, (p, f) -> {
            checks.range(p + ".marketSalaryGbp", f.marketSalaryGbp(), 1, 1e7, "a salary from 1 to 10 million GBP");
            checks.between(p + ".grades", f.grades(), 1, 10);
            checks.rate(p + ".recruitDuringNoticeShare", f.recruitDuringNoticeShare());
        });
    }

    private void partners() {
        List<Partner> partners = scenario.partners();
        checks.nonEmpty("partners", partners, "at least one partner");
        Set<String> families = scenario.jobFamilies().stream().map(JobFamily::id).collect(Collectors.toSet());
        checks.named("partners", partners, MAX_PARTNERS, "partners", Partner::id, Partner::name,
                (p, partner) -> partner(p, partner, families));
        long total = partners.stream().mapToLong(Partner::headcount).sum();
        if (total > MAX_TOTAL_HEADCOUNT) {
            checks.add("partners", total + " staff in all", "at most " + MAX_TOTAL_HEADCOUNT + " staff in one scenario");
        }
    }

    private void partner(String p, Partner partner, Set<String> families) {
        checks.money(p + ".redundancyCostGbp", partner.redundancyCostGbp());
        checks.money(p + ".redundancyEnhancementGbp", partner.redundancyEnhancementGbp());
        checks.money(p + ".pensionStrainGbp", partner.pensionStrainGbp());
        checks.between(p + ".pensionStrainFromAgeYears", partner.pensionStrainFromAgeYears(), 50, 75);
        if (partner.location() != null) location(p + ".location", partner.location());
        if (partner.recruitment() != null) recruitment(p + ".recruitment", partner.recruitment());
        else if (scenario.recruitment() == null) {
            checks.add(p + ".recruitment", "nothing", "a recruitment block here or at the top level");
        }
        if (partner.training() != null) training(p + ".training", partner.training());
        contract(p, partner);
        checks.nonEmpty(p + ".workforce", partner.workforce(), "at least one job family's staff");
        checks.unique(p + ".workforce", partner.workforce(), Workforce::jobFamily);
        for (int j = 0; j < partner.workforce().size(); j++) {
            workforce(p + ".workforce[" + j + "]", partner.workforce().get(j), families);
        }
    }

    /** A contractor states its contract with a council of the file; no other partner has one. */
    private void contract(String p, Partner partner) {
        boolean contractor = partner.type() == PartnerType.CONTRACTOR;
        if (!contractor) {
            if (partner.contract() != null) checks.add(p + ".contract", "a contract", "no contract (only a partner of "
                    + "type contractor has one)");
            return;
        }
        if (!checks.present(p + ".contract", partner.contract(), "the contract's terms (commissionedBy, staffPoolable, "
                + "costsFallToCommissioner)")) return;
        String by = partner.contract().commissionedBy();
        Set<String> councils = scenario.partners().stream()
                .filter(q -> q.type() != PartnerType.CONTRACTOR && !q.id().equals(partner.id()))
                .map(Partner::id).collect(Collectors.toSet());
        if (!checks.present(p + ".contract.commissionedBy", by, "the id of the commissioning partner")) return;
        checks.reference(p + ".contract.commissionedBy", by, councils, "partner that is not a contractor");
    }

    private void location(String p, Location l) {
        if (l.latitude() != null) checks.between(p + ".latitude", l.latitude(), -90, 90, "a latitude from -90 to 90");
        if (l.longitude() != null) {
            checks.between(p + ".longitude", l.longitude(), -180, 180, "a longitude from -180 to 180");
        }
    }

    private void workforce(String p, Workforce w, Set<String> families) {
        checks.reference(p + ".jobFamily", w.jobFamily(), families, "job family");
        checks.between(p + ".headcount", w.headcount(), 0, MAX_HEADCOUNT_PER_ROW);
        int grades = scenario.jobFamily(w.jobFamily()).map(JobFamily::grades).orElse(0);
        if (w.gradeMix() != null && grades > 0) {
            if (w.gradeMix().size() != grades) {
                checks.add(p + ".gradeMix", w.gradeMix().size() + " shares", grades + " shares, one per grade of "
                        + w.jobFamily());
            }
            shares(p + ".gradeMix", w.gradeMix());
        }
        if (checks.present(p + ".salaryByGradeGbp", w.salaryByGradeGbp(), "salaries by grade")) {
            int n = w.salaryByGradeGbp().size();
            if (grades > 0 && n != 1 && n != grades) {
                checks.add(p + ".salaryByGradeGbp", n + " salaries", "1 salary or " + grades + ", one per grade");
            }
            for (int g = 0; g < n; g++) {
                checks.between(p + ".salaryByGradeGbp[" + g + "]", w.salaryByGradeGbp().get(g), 1, 1e7,
                        "a salary from 1 to 10 million GBP");
            }
        }
        bands(p + ".ageProfile", w.ageProfile(), 14, 80, "ages from 14 to 80");
        if (w.tenureProfile() != null) bands(p + ".tenureProfile", w.tenureProfile(), 0, 60, "tenure from 0 to 60 years");
        checks.range(p + ".establishmentChangePerYear", w.establishmentChangePerYear(), -0.5, 0.5,
                "a yearly change from -0.5 to 0.5");
        checks.rate(p + ".engagedShare", w.engagedShare());
        if (w.ftePerHead() != null) checks.range(p + ".ftePerHead", w.ftePerHead(), 0.05, 1, "a share from 0.05 to 1");
        turnover(p + ".turnover", w.turnover());
        if (w.establishmentReduction() != null) {
            checks.between(p + ".establishmentReduction.posts", w.establishmentReduction().posts(), 0, w.headcount());
            Integer years = scenario.appraisal().horizonYears();
            int months = years != null && years >= 1 && years <= 60 ? years * 12 : 60 * 12;
            checks.between(p + ".establishmentReduction.month", w.establishmentReduction().month(), 0, months - 1);
        }
    }

    private void shares(String p, List<Double> shares) {
        double sum = 0;
        for (int i = 0; i < shares.size(); i++) {
            checks.between(p + "[" + i + "]", shares.get(i), 0, 1, "a share between 0 and 1");
            sum += shares.get(i);
        }
        checks.sumsToOne(p, sum, "shares");
    }

    private void bands(String p, List<ProfileBand> bands, double min, double max, String expected) {
        checks.nonEmpty(p, bands, "at least one band");
        double sum = 0;
        for (int i = 0; i < bands.size(); i++) {
            ProfileBand b = bands.get(i);
            checks.between(p + "[" + i + "].fromYears", b.fromYears(), min, max, expected);
            checks.between(p + "[" + i + "].toYears", b.toYears(), min, max, expected);
            if (!(b.fromYears() < b.toYears())) {
                checks.add(p + "[" + i + "]", "from " + b.fromYears() + " to " + b.toYears(), "fromYears < toYears");
            }
            checks.between(p + "[" + i + "].share", b.share(), 0, 1, "a share between 0 and 1");
            sum += b.share();
        }
        if (!bands.isEmpty()) checks.sumsToOne(p, sum, "shares");
    }

    private void turnover(String p, Turnover t) {
        List<TenureBand> bands = t.tenureBands();
        checks.nonEmpty(p + ".tenureBands", bands, "at least one band starting at 0 years");
        for (int i = 0; i < bands.size(); i++) {
            String b = p + ".tenureBands[" + i + "]";
            TenureBand band = bands.get(i);
            double expectedFrom = i == 0 ? 0 : bands.get(i - 1).toYears() == null ? Double.NaN
                    : bands.get(i - 1).toYears();
            if (band.fromYears() != expectedFrom) {
                checks.add(b + ".fromYears", Checks.format(band.fromYears()), i == 0 ? "0 for the first band"
                        : "the previous band's toYears (" + Checks.format(expectedFrom) + ")");
            }
            if (band.toYears() == null && i < bands.size() - 1) {
                checks.add(b + ".toYears", "nothing", "an upper end: only the last band may be open");
            }
            if (band.toYears() != null && !(band.toYears() > band.fromYears())) {
                checks.add(b + ".toYears", Checks.format(band.toYears()), "more than fromYears");
            }
            checks.rate(b + ".annualRate", band.annualRate());
        }
        checks.range(p + ".retirementAgeYears", t.retirementAgeYears(), 50, 80, "an age from 50 to 80");
        TurnoverDrivers d = t.drivers();
        checks.range(p + ".drivers.stagnationHazardRatio", d.stagnationHazardRatio(), 1, 10, "a ratio from 1 to 10");
        checks.range(p + ".drivers.payGapSensitivity", d.payGapSensitivity(), 0, 10, "a sensitivity from 0 to 10");
        checks.range(p + ".drivers.disengagedHazardRatio", d.disengagedHazardRatio(), 1, 10, "a ratio from 1 to 10");
        LeaverReasons r = t.reasons();
        checks.between(p + ".reasons.career", r.career(), 0, 1, "a share between 0 and 1");
        checks.between(p + ".reasons.pay", r.pay(), 0, 1, "a share between 0 and 1");
        checks.between(p + ".reasons.relocation", r.relocation(), 0, 1, "a share between 0 and 1");
        checks.between(p + ".reasons.other", r.other(), 0, 1, "a share between 0 and 1");
        checks.sumsToOne(p + ".reasons", r.total(), "shares");
    }

    private void recruitment(String p, Recruitment r) {
        checks.money(p + ".advertisingGbp", r.advertisingGbp());
        checks.money(p + ".adminGbp", r.adminGbp());
        checks.money(p + ".checksGbp", r.checksGbp());
        checks.money(p + ".inductionGbp", r.inductionGbp());
        checks.range(p + ".timeToFillMonths", r.timeToFillMonths(), 0.1, 60, "from 0.1 to 60 months");
        checks.range(p + ".campaignFailureProbability", r.campaignFailureProbability(), 0, 0.95,
                "a probability from 0 to 0.95");
        checks.range(p + ".hardToRecruitFailureProbability", r.hardToRecruitFailureProbability(), 0, 0.95,
                "a probability from 0 to 0.95");
        checks.rate(p + ".agencyCoverShare", r.agencyCoverShare());
        checks.range(p + ".agencyPremiumRate", r.agencyPremiumRate(), 0, 5, "a share of salary from 0 to 5");
        checks.range(p + ".unfilledPostCostRate", r.unfilledPostCostRate(), 0, 5, "a share of salary from 0 to 5");
        checks.range(p + ".noticePeriodMonths", r.noticePeriodMonths(), 0, 12, "from 0 to 12 months");
        if (r.internalCampaignGbp() != null) checks.money(p + ".internalCampaignGbp", r.internalCampaignGbp());
        checks.range(p + ".internalTimeToFillMonths", r.internalTimeToFillMonths(), 0, 60, "from 0 to 60 months");
    }

    private void training(String p, Training t) {
        checks.range(p + ".inductionDays", t.inductionDays(), 0, 60, "from 0 to 60 days");
        checks.money(p + ".genericCostPerHeadGbp", t.genericCostPerHeadGbp());
        checks.range(p + ".genericDaysPerHead", t.genericDaysPerHead(), 0, 60, "from 0 to 60 days");
        checks.unique(p + ".specialist", t.specialist(), SpecialistCourse::id);
        for (int i = 0; i < t.specialist().size(); i++) {
            SpecialistCourse c = t.specialist().get(i);
            String s = p + ".specialist[" + i + "]";
            checks.identifier(s + ".id", c.id());
            checks.money(s + ".costGbp", c.costGbp());
            checks.between(s + ".months", c.months(), 1, 60);
        }
    }
}
