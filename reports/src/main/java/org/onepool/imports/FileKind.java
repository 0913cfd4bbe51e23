package org.onepool.imports;

import java.util.List;
import java.util.Set;

/** The three kinds of extract and the fields the mapping may name in each. */
enum FileKind {
    STAFF("staff", List.of("jobFamily", "grade", "joined", "salaryGbp"),
            List.of("inPostSince", "dateOfBirth", "ageBand", "fte", "contractType")),
    LEAVERS("leavers", List.of("jobFamily", "joined", "left", "reason"),
            List.of("grade", "dateOfBirth", "ageBand", "contractType")),
    VACANCIES("vacancies", List.of("jobFamily", "opened", "outcome"), List.of("closed", "grade", "route", "agencyCover"));

    static final Set<String> DATES = Set.of("joined", "inPostSince", "dateOfBirth", "left", "opened", "closed");

    final String key;
    final List<String> required;
    final List<String> optional;

    FileKind(String key, List<String> required, List<String> optional) {
        this.key = key;
        this.required = required;
        this.optional = optional;
    }

    List<String> allowed() {
        return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
    }
}
