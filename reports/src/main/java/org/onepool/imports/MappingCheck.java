package org.onepool.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onepool.model.data.CampaignRow;
import org.onepool.model.data.LeavingReason;
import org.onepool.model.scenario.Problem;

/** Checks a mapping's meaning once its structure has passed: dates, fields per file, codes, grades. */
final class MappingCheck {
    private final List<Problem> problems = new ArrayList<>();

    private MappingCheck() {
    }

    static List<Problem> check(ImportMapping m) {
        MappingCheck c = new MappingCheck();
        c.run(m);
        return c.problems;
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void add(String path, String found, String expected) {
        problems.add(new Problem(path, found, expected));
    }

    private void run(ImportMapping m) {
        LocalDate from = date(m.period().from());
        LocalDate to = date(m.period().to());
        if (from == null) add("period.from", "\"" + m.period().from() + "\"", "a date as YYYY-MM-DD");
        if (to == null) add("period.to", "\"" + m.period().to() + "\"", "a date as YYYY-MM-DD (the staff list's date)");
        if (from != null && to != null && !from.plusMonths(12).isBefore(to.plusDays(1))) {
            add("period", m.period().from() + " to " + m.period().to(), "at least a year of leavers and campaigns");
        }
        List<Double> edges = m.tenureBandsYears();
        if (edges.isEmpty() || edges.get(0) != 0) add("tenureBandsYears", edges.toString(), "bands starting at 0");
        for (int i = 1; i < edges.size(); i++) {
            if (!(edges.get(i) > edges.get(i - 1)) || edges.get(i) > 60) {
                add("tenureBandsYears[" + i + "]", edges.get(i).toString(), "years above the previous band's, at most 60");
            }
        }
        if (!(m.maxBadRowShare() >= 0 && m.maxBadRowShare() <= 0.5)) {
            add("maxBadRowShare", m.maxBadRowShare().toString(), "a share from 0 to 0.5");
        }
        if (m.partners().isEmpty()) add("partners", "an empty list", "at least one partner");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < m.partners().size(); i++) partner("partners[" + i + "]", m.partners().get(i), ids);
    }

    private void partner(String p, ImportMapping.PartnerMapping m, Set<String> ids) {
        if (!m.id().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            add(p + ".id", "\"" + m.id() + "\"", "an identifier of letters, digits, '-', '_' or '.'");
        }
        if (!ids.add(m.id())) add(p + ".id", "the id \"" + m.id() + "\" again", "unique partner ids");
        file(p + ".staff", m.staff(), FileKind.STAFF);
        if (m.leavers() != null) file(p + ".leavers", m.leavers(), FileKind.LEAVERS);
        if (m.vacancies() != null) file(p + ".vacancies", m.vacancies(), FileKind.VACANCIES);
        if (m.leavers() != null && (m.reasons() == null || m.reasons().isEmpty())) {
            add(p + ".reasons", "nothing", "the leaving reasons of the leavers list under " + Codes.names(LeavingReason.class));
        }
        if (m.vacancies() != null && (m.outcomes() == null || m.outcomes().isEmpty())) {
            add(p + ".outcomes", "nothing", "the outcomes of the vacancy log under " + Codes.names(CampaignRow.Outcome.class));
        }
        keys(p + ".reasons", m.reasons(), LeavingReason.class);
        keys(p + ".outcomes", m.outcomes(), CampaignRow.Outcome.class);
        keys(p + ".routes", m.routes(), CampaignRow.Route.class);
        for (var e : m.jobFamilies().entrySet()) {
            if (!e.getKey().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
                add(p + ".jobFamilies." + e.getKey(), "\"" + e.getKey() + "\"", "a job family id");
            }
            if (e.getValue() == null || e.getValue().isEmpty()) {
                add(p + ".jobFamilies." + e.getKey(), "nothing", "the values of the jobFamily column in this family");
            }
        }
        for (var e : m.grades().entrySet()) {
            if (!e.getKey().equals("*") && !m.jobFamilies().containsKey(e.getKey())) {
                add(p + ".grades." + e.getKey(), "\"" + e.getKey() + "\"", "a job family of this partner's jobFamilies, or '*'");
            }
            if (e.getValue() == null) continue;
            for (var g : e.getValue().entrySet()) {
                if (g.getValue() == null || g.getValue() < 1 || g.getValue() > 10) {
                    add(p + ".grades." + e.getKey() + "." + g.getKey(), String.valueOf(g.getValue()), "a grade from 1 to 10");
                }
            }
        }
        for (String family : m.jobFamilies().keySet()) {
            if (!m.grades().containsKey(family) && !m.grades().containsKey("*")) {
                add(p + ".grades", "no grades for " + family, "a grade map for each job family (or '*' for all)");
            }
        }
    }

    private <E extends Enum<E>> void keys(String p, Map<String, List<String>> map, Class<E> type) {
        if (map == null) return;
        for (String key : map.keySet()) {
            if (Codes.parse(key, type) == null) add(p + "." + key, "\"" + key + "\"", "one of " + Codes.names(type));
        }
    }

    private void file(String p, ImportMapping.FileMapping f, FileKind kind) {
        List<String> allowed = kind.allowed();
        for (var e : f.columns().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                add(p + ".columns." + e.getKey(), "\"" + e.getKey() + "\"", "one of " + String.join(", ", allowed)
                        + " (onepool reads only what it needs)");
            }
            if (e.getValue() == null || e.getValue().isBlank()) add(p + ".columns." + e.getKey(), "nothing", "a column name");
        }
        for (String field : kind.required) {
            if (!f.columns().containsKey(field)) add(p + ".columns." + field, "nothing", "the column holding " + field);
        }
        if (kind == FileKind.STAFF && !f.columns().containsKey("dateOfBirth") && !f.columns().containsKey("ageBand")) {
            add(p + ".columns", "neither dateOfBirth nor ageBand", "one of them (ages are kept only in bands)");
        }
        if (f.columns().containsKey("dateOfBirth") && f.columns().containsKey("ageBand")) {
            add(p + ".columns", "both dateOfBirth and ageBand", "one of them");
        }
        if (f.dateFormat() != null) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(f.dateFormat());
            } catch (IllegalArgumentException e) {
                add(p + ".dateFormat", "\"" + f.dateFormat() + "\"", "a date pattern such as dd/MM/yyyy");
            }
        }
    }
}
