package org.onepool.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onepool.model.data.BandRate;
import org.onepool.model.data.ExtractEstimates;
import org.onepool.model.data.FamilyEstimate;
import org.onepool.model.data.Interval;
import org.onepool.model.data.LeavingReason;
import org.onepool.model.data.LogNormalFit;
import org.onepool.model.data.PartnerEstimate;
import org.onepool.model.data.RecordsPeriod;
import org.onepool.model.data.RecruitmentEstimates;
import org.onepool.model.scenario.ProfileBand;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The imported scenario as a tree: the template's fields (job families, costs, options, stresses) with
 * the partners the mapping names rebuilt from the estimates. Every estimated number carries its source:
 * the files, the period, the counts, and its 95% interval, which becomes the input's range.
 */
final class ScenarioAssembly {
    private final ExtractImport run;
    private final ExtractEstimates estimates;
    private final String populationFile;
    private final String mappingPath;
    private final ObjectNode root;

    private ScenarioAssembly(ExtractImport run, ExtractEstimates estimates, String populationFile, String mappingPath) {
        this.run = run;
        this.estimates = estimates;
        this.populationFile = populationFile;
        this.mappingPath = mappingPath;
        this.root = run.template.deepCopy();
    }

    /**
     * @param populationFile the companion file's name, relative to the scenario
     * @param mappingPath    the mapping file, relative to the scenario
     */
    static ObjectNode build(ExtractImport run, ExtractEstimates estimates, String populationFile, String mappingPath) {
        return new ScenarioAssembly(run, estimates, populationFile, mappingPath).assemble();
    }

    private ObjectNode assemble() {
        RecordsPeriod period = run.period;
        YearMonth asOf = estimates.population().asOf();
        ObjectNode out = ScenarioLoader.json().createObjectNode();
        out.put("name", run.mapping.name());
        out.put("description", root.hasNonNull("description") ? root.get("description").asText()
                : "Built by onepool import from the partners' HR records: staff in post at " + period.to()
                + ", leavers and recruitment campaigns from " + period.from() + ".");
        ObjectNode appraisal = root.has("appraisal") ? (ObjectNode) root.get("appraisal").deepCopy()
                : ScenarioLoader.json().createObjectNode();
        String start = appraisal.path("startMonth").asText("");
        if (start.isEmpty() || start.compareTo(asOf.toString()) <= 0) appraisal.put("startMonth", asOf.plusMonths(1).toString());
        if (!appraisal.has("horizonYears")) appraisal.put("horizonYears", 10);
        out.set("appraisal", appraisal);
        ObjectNode simulation = root.has("simulation") ? (ObjectNode) root.get("simulation").deepCopy()
                : ScenarioLoader.json().createObjectNode();
        simulation.put("warmUpYears", 0);
        out.set("simulation", simulation);
        out.set("jobFamilies", root.has("jobFamilies") ? root.get("jobFamilies") : families());
        out.set("recruitment", root.has("recruitment") ? root.get("recruitment") : defaultCosts());
        if (root.has("training")) out.set("training", root.get("training"));
        out.set("partners", partners());
        for (String field : List.of("options", "stresses", "budgetSplit")) if (root.has(field)) out.set(field, root.get(field));
        ObjectNode population = out.putObject("population");
        population.put("file", populationFile);
        population.put("asOf", asOf.toString());
        population.put("mapping", mappingPath);
        ArrayNode sources = population.putArray("source");
        for (var p : run.mapping.partners()) {
            sources.add(p.name() + ": staff list " + p.staff().file() + " at " + period.to()
                    + (p.leavers() == null ? "" : "; leavers " + p.leavers().file())
                    + (p.vacancies() == null ? "" : "; vacancies " + p.vacancies().file())
                    + " from " + period.from() + (period.fitUntil().equals(period.to()) ? "" : "; rates fitted to " + period.fitUntil()));
        }
        return out;
    }

    private ArrayNode partners() {
        ArrayNode partners = ScenarioLoader.json().createArrayNode();
        List<String> imported = new ArrayList<>();
        for (int i = 0; i < run.mapping.partners().size(); i++) {
            var m = run.mapping.partners().get(i);
            imported.add(m.id());
            partners.add(partner(m, estimates.partners().get(i), templatePartner(m.id())));
        }
        JsonNode listed = root.path("partners");
        for (JsonNode p : listed) if (!imported.contains(p.path("id").asText())) partners.add(p);
        return partners;
    }

    private ObjectNode templatePartner(String id) {
        for (JsonNode p : root.path("partners")) if (id.equals(p.path("id").asText())) return (ObjectNode) p;
        return null;
    }

    private ObjectNode partner(ImportMapping.PartnerMapping m, PartnerEstimate e, ObjectNode template) {
        ObjectNode p = ScenarioLoader.json().createObjectNode();
        p.put("id", m.id());
        p.put("name", m.name());
        p.put("type", ScenarioLoader.json().valueToTree(m.type()).asText());
        if (template != null) {
            for (String field : List.of("location", "vettingWall", "training", "redundancyCostGbp")) {
                if (template.has(field)) p.set(field, template.get(field));
            }
        }
        ArrayNode workforce = p.putArray("workforce");
        for (FamilyEstimate f : e.families()) workforce.add(workforce(m, e, f, templateWorkforce(template, f.jobFamily())));
        p.set("recruitment", recruitment(m, e.recruitment(), template));
        return p;
    }

    private static ObjectNode templateWorkforce(ObjectNode partner, String family) {
        if (partner == null) return null;
        for (JsonNode w : partner.path("workforce")) if (family.equals(w.path("jobFamily").asText())) return (ObjectNode) w;
        return null;
    }

    private ObjectNode workforce(ImportMapping.PartnerMapping m, PartnerEstimate partner, FamilyEstimate f, ObjectNode template) {
        String where = m.id() + " " + f.jobFamily();
        ObjectNode w = ScenarioLoader.json().createObjectNode();
        w.put("jobFamily", f.jobFamily());
        w.put("headcount", f.establishment());
        ArrayNode mix = w.putArray("gradeMix");
        int total = Math.max(1, f.establishment());
        for (int n : f.establishmentByGrade()) mix.add(round(f.establishment() == 0 ? 1.0 / f.establishmentByGrade().size() : (double) n / total, 6));
        ArrayNode salary = w.putArray("salaryByGradeGbp");
        for (double s : f.salaryByGradeGbp()) salary.add(Double.isNaN(s) ? 25_000 : s);
        if (f.starterAges() != null) {
            ArrayNode ages = w.putArray("ageProfile");
            for (ProfileBand b : f.starterAges()) {
                ages.addObject().put("fromYears", b.fromYears()).put("toYears", b.toYears()).put("share", round(b.share(), 6));
            }
            fixShares(ages);
        } else if (template != null && template.has("ageProfile")) {
            w.set("ageProfile", template.get("ageProfile"));
        }
        ObjectNode change = w.putObject("establishmentChangePerYear");
        change.put("value", round(f.establishmentChangePerYear(), 3));
        change.put("source", String.format(Locale.UK, "%s: staff in post %,d at %s and %,d at %s (rebuilt from the staff and "
                + "leavers lists), as a yearly rate", where, f.staffAtStart(), run.period.from(), f.staffAtFitEnd(), run.period.fitUntil()));
        change.put("evidence", "moderate");
        if (template != null && template.has("engagedShare")) w.set("engagedShare", template.get("engagedShare"));
        ObjectNode turnover = w.putObject("turnover");
        ArrayNode bands = turnover.putArray("tenureBands");
        for (BandRate b : f.bands()) {
            ObjectNode band = bands.addObject();
            band.put("fromYears", b.fromYears());
            if (b.toYears() != null) band.put("toYears", b.toYears());
            String scope = f.bandsFromPartner() ? m.id() + " (all job families: too few leavers in " + f.jobFamily() + ")" : where;
            band.set("annualRate", uncertain(b.annualRate(), 4, String.format(Locale.UK,
                    "%s, tenure %s years: %,d leavers over %,.1f person-years, %s to %s; 95%% interval %.3f to %.3f "
                            + "(exact Poisson); life table", scope, tenure(b), b.leavers(), b.exposureYears(), run.period.from(),
                    run.period.fitUntil(), b.annualRate().low(), b.annualRate().high()),
                    b.leavers() >= 30 ? "strong" : "moderate"));
        }
        if (partner.retirement() != null) {
            var r = partner.retirement();
            ObjectNode age = turnover.putObject("retirementAgeYears");
            age.putObject("normal").put("mean", round(r.meanYears(), 1)).put("sd", round(r.sdYears(), 1));
            age.put("source", String.format(Locale.UK, "%s: age at retirement of %,d retirements, %s to %s", m.id(),
                    r.retirements(), run.period.from(), run.period.fitUntil()));
            age.put("evidence", r.retirements() >= 30 ? "strong" : "moderate");
        }
        if (template != null && template.path("turnover").has("drivers")) turnover.set("drivers", template.path("turnover").get("drivers"));
        if (f.reasonLeavers() > 0) {
            ObjectNode reasons = turnover.putObject("reasons");
            Map<LeavingReason, Interval> shares = f.reasonShares();
            double[] values = new double[4];
            LeavingReason[] order = {LeavingReason.CAREER, LeavingReason.PAY, LeavingReason.RELOCATION, LeavingReason.OTHER};
            for (int k = 0; k < 4; k++) values[k] = shares.get(order[k]).estimate();
            double[] rounded = roundedShares(values);
            for (int k = 0; k < 4; k++) reasons.put(order[k].code(), rounded[k]);
        }
        return w;
    }

    private static String tenure(BandRate b) {
        return trim(b.fromYears()) + (b.toYears() == null ? "+" : "-" + trim(b.toYears()));
    }

    private ObjectNode recruitment(ImportMapping.PartnerMapping m, RecruitmentEstimates r, ObjectNode template) {
        JsonNode costs = template != null && template.has("recruitment") ? template.get("recruitment")
                : root.has("recruitment") ? root.get("recruitment") : defaultCosts();
        ObjectNode out = ((ObjectNode) costs).deepCopy();
        String span = run.period.from() + " to " + run.period.fitUntil();
        String file = m.vacancies() == null ? "" : " (" + m.vacancies().file() + ")";
        LogNormalFit fit = r.timeToFill();
        if (fit != null) {
            ObjectNode ttf = out.putObject("timeToFillMonths");
            ttf.putObject("lognormal").put("median", round(fit.median(), 2)).put("p90", round(Math.max(fit.p90(), fit.median() * 1.01), 2));
            ttf.put("source", String.format(Locale.UK, "%s: lognormal fitted by maximum likelihood to %,d external campaigns%s, "
                    + "%s%s; Kolmogorov-Smirnov D = %.3f, p = %.2f (conservative: parameters from the same data)", m.id(),
                    fit.n(), file, span, r.sameDayCampaigns() > 0 ? " (" + r.sameDayCampaigns() + " closed the day they opened left out)" : "",
                    fit.ksDistance(), fit.ksPValue()));
            ttf.put("evidence", fit.ksPValue() >= 0.05 ? "strong" : "moderate");
        }
        if (r.failure() != null) {
            out.set("campaignFailureProbability", uncertain(r.failure(), 4, String.format(Locale.UK,
                    "%s: share of external campaigns%s, %s, that appointed nobody; 95%% interval %.3f to %.3f (Clopper-Pearson)",
                    m.id(), file, span, r.failure().low(), r.failure().high()), "strong"));
        }
        if (r.hardFailure() != null) {
            out.set("hardToRecruitFailureProbability", uncertain(r.hardFailure(), 4, String.format(Locale.UK,
                    "%s: the same in hard-to-recruit families; 95%% interval %.3f to %.3f", m.id(), r.hardFailure().low(),
                    r.hardFailure().high()), "moderate"));
        }
        if (r.agencyCover() != null) {
            out.set("agencyCoverShare", uncertain(r.agencyCover(), 4, String.format(Locale.UK,
                    "%s: share of %,d external campaigns%s with agency cover recorded, %s; 95%% interval %.3f to %.3f",
                    m.id(), r.agencyRecorded(), file, span, r.agencyCover().low(), r.agencyCover().high()), "moderate"));
        }
        return out;
    }

    /** An uncertain input whose range is the 95% interval and whose mode is the estimate. */
    private static ObjectNode uncertain(Interval i, int places, String source, String evidence) {
        ObjectNode u = ScenarioLoader.json().createObjectNode();
        double low = round(i.low(), places);
        double mode = Math.max(low, round(i.estimate(), places));
        double high = Math.max(mode, round(i.high(), places));
        u.putArray("triangular").add(low).add(mode).add(high);
        u.put("source", source);
        u.put("evidence", evidence);
        return u;
    }

    /** Job families when there is no template: the ladders the mapping uses, market pay taken as the partners' own. */
    private ArrayNode families() {
        ArrayNode out = ScenarioLoader.json().createArrayNode();
        for (var e : run.grades.entrySet()) {
            double sum = 0;
            int n = 0;
            for (PartnerEstimate p : estimates.partners()) {
                for (FamilyEstimate f : p.families()) {
                    if (!f.jobFamily().equals(e.getKey())) continue;
                    double s = f.salaryByGradeGbp().get(f.salaryByGradeGbp().size() / 2);
                    if (!Double.isNaN(s)) {
                        sum += s;
                        n++;
                    }
                }
            }
            ObjectNode f = out.addObject();
            f.put("id", e.getKey());
            f.put("name", e.getKey());
            f.put("grades", e.getValue());
            ObjectNode market = f.putObject("marketSalaryGbp");
            market.put("value", n == 0 ? 25_000 : Math.round(sum / n / 10.0) * 10);
            market.put("source", "Assumption: the partners' own mean pay at the family's middle grade (no pay gap); "
                    + "replace with a market figure");
            market.put("evidence", "assumption");
        }
        return out;
    }

    /** Recruitment costs when the template gives none: the CIPD 2022 median of about GBP 1,500 a hire, split. */
    static ObjectNode defaultCosts() {
        ObjectNode r = ScenarioLoader.json().createObjectNode();
        String cipd = "CIPD resourcing survey 2022: median direct cost per hire GBP 1,500; the split is an assumption";
        costed(r, "advertisingGbp", 650, cipd);
        costed(r, "adminGbp", 750, cipd);
        costed(r, "checksGbp", 150, "Assumption: pre-employment checks per hire");
        costed(r, "inductionGbp", 350, "Assumption: induction per starter");
        costed(r, "timeToFillMonths", 3, "IRS 2006: 9.5 weeks from vacancy to acceptance, plus notice");
        return r;
    }

    private static void costed(ObjectNode r, String field, double value, String source) {
        r.putObject(field).put("value", value).put("source", source).put("evidence", "assumption");
    }

    /** Shares rounded to six places whose sum stays 1 (the largest takes the rounding). */
    static double[] roundedShares(double[] shares) {
        double[] out = new double[shares.length];
        double sum = 0;
        int largest = 0;
        for (int i = 0; i < shares.length; i++) {
            out[i] = round(shares[i], 6);
            sum += out[i];
            if (shares[i] > shares[largest]) largest = i;
        }
        out[largest] = round(out[largest] + 1 - sum, 6);
        return out;
    }

    private static void fixShares(ArrayNode bands) {
        double[] shares = new double[bands.size()];
        for (int i = 0; i < shares.length; i++) shares[i] = bands.get(i).get("share").asDouble();
        double[] fixed = roundedShares(shares);
        for (int i = 0; i < shares.length; i++) ((ObjectNode) bands.get(i)).put("share", fixed[i]);
    }

    static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
