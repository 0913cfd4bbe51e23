package org.onepool.model.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onepool.model.population.AgeBand;
import org.onepool.model.population.ImportedPopulation;
import org.onepool.model.population.PopulationCsv;
import org.onepool.model.population.PopulationSource;
import org.onepool.model.population.RecordedPerson;
import org.onepool.model.scenario.AppraisalSettings;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.input.PopulationCheck;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.Workforce;
import org.onepool.model.workforce.Apportion;

/**
 * An imported scenario moved back to a past month: the staff in post then, rebuilt from those in post at the
 * extract who had joined by then and the leavers who left after it; the establishment then, those staff plus
 * the posts open then; business as usual only (no options or stresses), the partners with records only.
 *
 * <p>What the records cannot say is assumed and noted: a post taken after the month was a promotion from the
 * grade below (so the person stood a grade lower then) and when they took their earlier post is not known;
 * a leaver whose grade is not recorded stood at the lowest grade.
 */
public final class BacktestScenario {
    private BacktestScenario() {
    }

    /** The scenario as it stood at the start of {@code from}, for {@code years} years. */
    public static Scenario at(Scenario scenario, YearMonth from, int years, List<PartnerRecords> actuals, List<String> notes) {
        PopulationSource source = scenario.population();
        ImportedPopulation now = source.people();
        YearMonth then = from.minusMonths(1);
        LocalDate thenDay = then.atEndOfMonth();
        double shiftYears = ImportedPopulation.monthsBetween(then, now.asOf()) / 12.0;
        Map<String, PartnerRecords> byPartner = new HashMap<>();
        for (PartnerRecords r : actuals) byPartner.put(r.partner(), r);
        List<RecordedPerson> people = new ArrayList<>();
        int promoted = 0;
        for (RecordedPerson p : now.people()) {
            if (p.joined().isAfter(then) || !byPartner.containsKey(p.partner())) continue;
            int grade = p.grade();
            YearMonth inPost = p.inPostSince();
            if (inPost != null && inPost.isAfter(then)) {
                inPost = null;
                if (grade > 1) {
                    grade--;
                    promoted++;
                }
            }
            AgeBand band = p.ageBand();
            int low = Math.max(AgeBand.YOUNGEST, (int) Math.floor(band.fromYears() - shiftYears));
            int high = Math.max(low + 1, (int) Math.ceil(band.toYears() - shiftYears));
            people.add(new RecordedPerson(p.partner(), p.jobFamily(), grade, new AgeBand(low, high), p.joined(), inPost));
        }
        int ungraded = 0;
        int unaged = 0;
        for (PartnerRecords r : actuals) {
            Partner partner = scenario.partner(r.partner()).orElse(null);
            if (partner == null) continue;
            for (LeaverRow l : r.leavers()) {
                if (l.joined().isAfter(thenDay) || !l.left().isAfter(thenDay)) continue;
                if (partner.workforce().stream().noneMatch(w -> w.jobFamily().equals(l.jobFamily()))) continue;
                int grade = l.grade();
                if (grade <= 0) {
                    grade = 1;
                    ungraded++;
                }
                double yearsBefore = Tenure.years(thenDay, l.left());
                AgeBand band;
                if (l.ageYears() >= 0) {
                    band = AgeBand.fiveYearOf((int) Math.floor(l.ageYears() + 0.5 - yearsBefore));
                } else if (l.ageBand() != null) {
                    int low = Math.max(AgeBand.YOUNGEST, (int) Math.floor(l.ageBand().fromYears() - yearsBefore));
                    band = new AgeBand(low, Math.max(low + 1, (int) Math.ceil(l.ageBand().toYears() - yearsBefore)));
                } else {
                    band = new AgeBand(25, 55);
                    unaged++;
                }
                people.add(new RecordedPerson(r.partner(), l.jobFamily(), grade, band, YearMonth.from(l.joined()), null));
            }
        }
        people.sort(PopulationCsv.ORDER);
        if (promoted > 0) notes.add(promoted + " staff who took their post after " + then + " are taken to have stood a "
                + "grade lower then");
        if (ungraded > 0) notes.add(ungraded + " leavers with no grade recorded are placed at the lowest grade");
        if (unaged > 0) notes.add(unaged + " leavers with no age recorded are given ages 25 to 54");

        List<Partner> partners = new ArrayList<>();
        for (Partner p : scenario.partners()) {
            PartnerRecords r = byPartner.get(p.id());
            if (r == null) continue;
            List<Workforce> workforce = new ArrayList<>();
            for (Workforce w : p.workforce()) workforce.add(establishment(scenario, p.id(), w, people, r.campaigns(), thenDay));
            partners.add(new Partner(p.id(), p.name(), p.type(), p.location(), p.vettingWall(), workforce, p.recruitment(),
                    p.training(), p.redundancyCostGbp(), p.priceYear(), p.redundancyEnhancementGbp(), p.pensionStrainGbp(),
                    p.pensionStrainFromAgeYears(), p.contract()));
        }
        AppraisalSettings a = scenario.appraisal();
        AppraisalSettings appraisal = new AppraisalSettings(from.toString(), years, a.discountSchedule(), a.discountRates(),
                a.optimismBias(), a.cashableCategories(), a.replications(), a.seed(), a.priceBaseYear(),
                a.realEarningsGrowth(), a.realEarningsGrowthSource(), a.lostServiceValue(), a.nominal());
        PopulationSource past = new PopulationSource(source.file(), then.toString(), source.mapping(), source.source(),
                new ImportedPopulation(then, people));
        Scenario back = new Scenario(scenario.name() + " (back-test from " + from + ")", scenario.description(), appraisal,
                scenario.simulation(), scenario.jobFamilies(), scenario.recruitment(), scenario.training(), partners,
                List.of(), List.of(), null, past, scenario.inPlace(), List.of());
        var problems = PopulationCheck.problems(back);
        if (!problems.isEmpty()) throw new IllegalStateException("back-test population: " + problems);
        return back;
    }

    /** The family's establishment then: its staff then plus its posts open then, by grade. */
    private static Workforce establishment(Scenario scenario, String partner, Workforce w, List<RecordedPerson> people,
                                           List<CampaignRow> campaigns, LocalDate day) {
        int grades = scenario.jobFamily(w.jobFamily()).orElseThrow().grades();
        int[] staff = new int[grades];
        for (RecordedPerson p : people) {
            if (p.partner().equals(partner) && p.jobFamily().equals(w.jobFamily())) staff[Math.min(grades, p.grade()) - 1]++;
        }
        int[] open = new int[grades];
        int unknown = 0;
        for (CampaignRow c : campaigns) {
            if (!c.jobFamily().equals(w.jobFamily()) || !c.openOn(day)) continue;
            if (c.grade() >= 1 && c.grade() <= grades) open[c.grade() - 1]++;
            else unknown++;
        }
        double[] shares = new double[grades];
        for (int g = 0; g < grades; g++) shares[g] = staff[g];
        int[] spread = Apportion.largestRemainders(unknown, shares);
        int total = 0;
        int[] posts = new int[grades];
        for (int g = 0; g < grades; g++) {
            posts[g] = staff[g] + open[g] + spread[g];
            total += posts[g];
        }
        List<Double> mix = new ArrayList<>();
        for (int g = 0; g < grades; g++) mix.add(total == 0 ? 1.0 / grades : (double) posts[g] / total);
        return new Workforce(w.jobFamily(), total, mix, w.salaryByGradeGbp(), w.ageProfile(), w.tenureProfile(),
                w.establishmentChangePerYear(), w.engagedShare(), w.ftePerHead(), w.turnover(), w.priceYear(), null);
    }
}
