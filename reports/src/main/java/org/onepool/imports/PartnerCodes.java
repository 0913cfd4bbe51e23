package org.onepool.imports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onepool.model.data.CampaignRow;
import org.onepool.model.data.LeaverRow;
import org.onepool.model.data.LeavingReason;
import org.onepool.model.data.RecordsPeriod;
import org.onepool.model.data.StaffRow;
import org.onepool.model.population.AgeBand;

/**
 * One partner's codes, and the conversion of its rows into onepool's records: job family, grade, reason,
 * outcome and route through the mapping; dates checked against each other and against the period.
 */
final class PartnerCodes {
    private final String partner;
    private final RecordsPeriod period;
    private final CodeMap<String> families;
    private final CodeMap<Boolean> outOfScope = new CodeMap<>();
    private final Map<String, CodeMap<Integer>> grades = new HashMap<>();
    private final CodeMap<LeavingReason> reasons;
    private final CodeMap<CampaignRow.Outcome> outcomes;
    private final CodeMap<CampaignRow.Route> routes;
    private final Set<String> contractTypes;

    PartnerCodes(ImportMapping.PartnerMapping m, RecordsPeriod period) {
        this.partner = m.id();
        this.period = period;
        this.families = CodeMap.of(m.jobFamilies());
        if (m.outOfScope() != null) for (String v : m.outOfScope()) outOfScope.put(v, Boolean.TRUE);
        for (var e : m.grades().entrySet()) {
            CodeMap<Integer> map = new CodeMap<>();
            if (e.getValue() != null) for (var g : e.getValue().entrySet()) map.put(g.getKey(), g.getValue());
            grades.put(e.getKey(), map);
        }
        this.reasons = CodeMap.of(Codes.reasons(m.reasons()));
        this.outcomes = CodeMap.of(Codes.outcomes(m.outcomes()));
        this.routes = CodeMap.of(Codes.routes(m.routes()));
        this.contractTypes = new HashSet<>();
        if (m.contractTypes() != null) for (String c : m.contractTypes()) contractTypes.add(CodeMap.normal(c));
    }

    /** Every value listed under two onepool codes. */
    List<String> conflicts() {
        List<String> all = new java.util.ArrayList<>(families.conflicts());
        all.addAll(reasons.conflicts());
        all.addAll(outcomes.conflicts());
        all.addAll(routes.conflicts());
        for (CodeMap<Integer> g : grades.values()) all.addAll(g.conflicts());
        return all;
    }

    /** The row's job family, or null (out of scope, or not placed: reported). */
    private String family(Cells cells, FileReport report) {
        String value = cells.required("jobFamily", "a job family value");
        if (value == null) return null;
        if (outOfScope.get(value) != null) {
            report.leftOut("out of scope: '" + value + "'");
            return null;
        }
        String family = families.get(value);
        if (family == null) cells.unmapped("jobFamily", value);
        return family;
    }

    private boolean contractIncluded(Cells cells, FileReport report) {
        if (contractTypes.isEmpty() || !cells.mapped("contractType")) return true;
        String value = cells.text("contractType");
        if (value == null) return false;
        if (contractTypes.contains(CodeMap.normal(value))) return true;
        report.leftOut("contract type '" + value + "'");
        return false;
    }

    /** The onepool grade (1 = lowest); 0 when the column is optional and not mapped or empty; -1 when not placed. */
    private int grade(Cells cells, String family, boolean required) {
        if (family == null) return 0;
        String value = required ? cells.required("grade", "a grade") : cells.text("grade");
        if (value == null) return -1;
        if (value.isEmpty()) return 0;
        CodeMap<Integer> map = grades.getOrDefault(family, grades.get("*"));
        Integer g = map == null ? null : map.get(value);
        if (g == null && map != grades.get("*") && grades.get("*") != null) g = grades.get("*").get(value);
        if (g == null) {
            cells.unmapped("grade", value + "' in '" + family);
            return -1;
        }
        return g;
    }

    StaffRow staff(RawRow row, Cells cells, FileReport report) {
        String family = family(cells, report);
        boolean included = contractIncluded(cells, report);
        int grade = grade(cells, family, true);
        double salary = cells.number("salaryGbp", true, 1000, 1_000_000, "a full-time salary in GBP a year");
        cells.number("fte", false, 0.01, 1.5, "a full-time equivalent from 0.01 to 1.5");
        LocalDate joined = cells.date("joined", true);
        LocalDate inPost = cells.date("inPostSince", false);
        LocalDate listDate = period.to();
        if (joined != null && joined.isAfter(listDate)) {
            cells.fail("joined", joined.toString(), "a start no later than the staff list's date (" + listDate + ")");
        }
        if (inPost != null && inPost.isAfter(listDate)) {
            cells.fail("inPostSince", inPost.toString(), "a start in post no later than the staff list's date (" + listDate + ")");
        }
        int age = -1;
        AgeBand band = null;
        if (cells.mapped("dateOfBirth")) {
            LocalDate born = cells.date("dateOfBirth", true);
            if (born != null) {
                age = (int) ChronoUnit.YEARS.between(born, listDate);
                if (age < AgeBand.YOUNGEST || age > AgeBand.OLDEST) {
                    cells.fail("dateOfBirth", born.toString(), "someone aged " + AgeBand.YOUNGEST + " to " + AgeBand.OLDEST
                            + " on the staff list's date");
                } else {
                    band = AgeBand.fiveYearOf(age);
                    if (joined != null && ChronoUnit.YEARS.between(born, joined) < AgeBand.YOUNGEST) {
                        cells.fail("joined", joined.toString(), "a start at age " + AgeBand.YOUNGEST + " or over (born " + born + ")");
                    }
                }
            }
        } else {
            band = ageBand(cells);
        }
        if (cells.bad() || family == null || !included || grade < 0) return null;
        if (inPost != null && joined != null && inPost.isBefore(joined)) {
            report.note("a start in post before the start with the employer: taken as starting in post on joining");
            inPost = joined;
        }
        return new StaffRow(partner, family, grade, salary, joined, inPost, age, band);
    }

    LeaverRow leaver(RawRow row, Cells cells, FileReport report) {
        String family = family(cells, report);
        boolean included = contractIncluded(cells, report);
        int grade = grade(cells, family, false);
        LocalDate joined = cells.date("joined", true);
        LocalDate left = cells.date("left", true);
        String reasonText = cells.required("reason", "a leaving reason");
        LeavingReason reason = null;
        if (reasonText != null) {
            reason = reasons.get(reasonText);
            if (reason == null) cells.unmapped("reason", reasonText);
        }
        if (joined != null && left != null && left.isBefore(joined)) {
            cells.fail("left", left.toString(), "a leaving date on or after the start (" + joined + ")");
        }
        if (left != null && left.isAfter(period.to())) {
            cells.fail("left", left.toString(), "a leaving date no later than the staff list's date (" + period.to() + ")");
        }
        int age = -1;
        AgeBand band = null;
        if (cells.mapped("dateOfBirth")) {
            LocalDate born = cells.date("dateOfBirth", false);
            if (born != null && left != null) {
                age = (int) ChronoUnit.YEARS.between(born, left);
                if (age < AgeBand.YOUNGEST || age > AgeBand.OLDEST) {
                    cells.fail("dateOfBirth", born.toString(), "someone aged " + AgeBand.YOUNGEST + " to "
                            + AgeBand.OLDEST + " on leaving");
                } else {
                    band = AgeBand.fiveYearOf(age);
                }
            }
        } else if (cells.mapped("ageBand")) {
            String t = cells.text("ageBand");
            band = t == null || t.isEmpty() ? null : ageBand(cells);
        }
        if (cells.bad() || family == null || !included || grade < 0 || reason == null) return null;
        if (left.isBefore(period.from())) {
            report.leftOut("left before the period (" + period.from() + ")");
            return null;
        }
        return new LeaverRow(partner, family, grade, joined, left, reason, age, band);
    }

    CampaignRow campaign(RawRow row, Cells cells, FileReport report) {
        String family = family(cells, report);
        int grade = grade(cells, family, false);
        LocalDate opened = cells.date("opened", true);
        LocalDate closed = cells.date("closed", false);
        String outcomeText = cells.required("outcome", "an outcome");
        CampaignRow.Outcome outcome = null;
        if (outcomeText != null) {
            outcome = outcomes.get(outcomeText);
            if (outcome == null) cells.unmapped("outcome", outcomeText);
        }
        CampaignRow.Route route = CampaignRow.Route.EXTERNAL;
        if (cells.mapped("route") && !routes.isEmpty()) {
            String t = cells.text("route");
            if (t != null && !t.isEmpty()) {
                route = routes.get(t);
                if (route == null) cells.unmapped("route", t);
            }
        }
        Boolean agency = null;
        if (cells.mapped("agencyCover")) {
            String t = cells.text("agencyCover");
            if (t != null && !t.isEmpty()) {
                agency = Values.yesNo(t);
                if (agency == null) cells.fail("agencyCover", "'" + t + "'", "Y or N (yes or no)");
            }
        }
        if (opened != null && opened.isAfter(period.to())) {
            cells.fail("opened", opened.toString(), "a date no later than the staff list's date (" + period.to() + ")");
        }
        if (closed != null && opened != null && closed.isBefore(opened)) {
            cells.fail("closed", closed.toString(), "a closing date on or after the opening (" + opened + ")");
        }
        if (closed != null && closed.isAfter(period.to())) {
            cells.fail("closed", closed.toString(), "a date no later than the staff list's date (" + period.to() + ")");
        }
        if (outcome != null && outcome != CampaignRow.Outcome.OPEN && closed == null && !cells.bad()) {
            cells.fail(cells.mapped("closed") ? "closed" : "outcome", "nothing",
                    "a closing date for a campaign that is " + outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (cells.bad() || family == null || grade < 0 || outcome == null || route == null) return null;
        if (outcome == CampaignRow.Outcome.OPEN) closed = null;
        if (closed != null && closed.isBefore(period.from())) {
            report.leftOut("closed before the period (" + period.from() + ")");
            return null;
        }
        return new CampaignRow(partner, family, grade, opened, closed, outcome, route, agency);
    }

    private static AgeBand ageBand(Cells cells) {
        String t = cells.required("ageBand", "an age band");
        if (t == null) return null;
        AgeBand band = Values.ageBand(t);
        if (band == null) cells.fail("ageBand", "'" + t + "'", "an age band such as 35-39, <=20 or 65+");
        return band;
    }
}
