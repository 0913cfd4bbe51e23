package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;
import org.onepool.model.population.PopulationSource;

/** A whole scenario: the partners, their workforces, the options to appraise and the stresses to apply. */
public record Scenario(
        @JsonProperty(required = true) @JsonPropertyDescription("Title printed on the report.") String name,
        @JsonPropertyDescription("What the scenario represents, in a sentence or two.") String description,
        @JsonProperty(required = true) AppraisalSettings appraisal,
        @JsonPropertyDescription("Simulation settings; defaults suit most scenarios.") SimulationSettings simulation,
        @JsonProperty(required = true) @JsonPropertyDescription("Job families staff belong to.")
        List<JobFamily> jobFamilies,
        @JsonPropertyDescription("Recruitment costs and times for every partner that does not state its own.")
        Recruitment recruitment,
        @JsonPropertyDescription("Training costs for every partner that does not state its own.") Training training,
        @JsonProperty(required = true) @JsonPropertyDescription("The partner organisations.") List<Partner> partners,
        @JsonPropertyDescription("Options appraised against business as usual.") List<Option> options,
        @JsonPropertyDescription("Named shocks applied to the baseline and every option alike.") List<Stress> stresses,
        @JsonPropertyDescription("The invest-to-save budget split `onepool optimise` answers.") BudgetSplit budgetSplit,
        @JsonPropertyDescription("Staff as recorded in the partners' HR extracts ('onepool import' writes it); the "
                + "partners it covers start from these staff instead of the synthetic profiles.")
        PopulationSource population,
        @JsonPropertyDescription("Sharing already in place: interventions in force in business as usual and in every "
                + "option, from before the appraisal start (through the warm-up), at full strength. They carry no "
                + "costs here: their costs are the same in every arm.") List<Intervention> inPlace,
        @JsonPropertyDescription("Published figures for what the sharing in place saves, each checked against the "
                + "model's saving of it (business as usual against the partners without it) in the report and "
                + "summary.json.") List<PublishedCheck> publishedChecks) {

    public Scenario {
        simulation = simulation == null ? SimulationSettings.defaults() : simulation;
        jobFamilies = jobFamilies == null ? null : List.copyOf(jobFamilies);
        partners = partners == null ? null : List.copyOf(partners);
        options = options == null ? List.of() : List.copyOf(options);
        stresses = stresses == null ? List.of() : List.copyOf(stresses);
        inPlace = inPlace == null ? List.of() : List.copyOf(inPlace);
        publishedChecks = publishedChecks == null ? List.of() : List.copyOf(publishedChecks);
    }

    public Optional<JobFamily> jobFamily(String id) {
        return jobFamilies.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Partner> partner(String id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The index of a partner in {@link #partners} by id, or -1 (also for null). */
    public int partnerIndex(String id) {
        for (int p = 0; p < partners.size(); p++) if (partners.get(p).id().equals(id)) return p;
        return -1;
    }

    public Optional<Option> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The partner's own recruitment block, or the scenario-wide one. */
    public Recruitment recruitmentOf(Partner partner) {
        return partner.recruitment() != null ? partner.recruitment() : recruitment;
    }

    /** The partner's own training block, or the scenario-wide one. */
    public Training trainingOf(Partner partner) {
        return partner.training() != null ? partner.training() : training;
    }

    /** The same scenario with other simulation settings; every input keeps its identity (and sampled value). */
    public Scenario withSimulation(SimulationSettings settings) {
        return new Scenario(name, description, appraisal, settings, jobFamilies, recruitment, training, partners,
                options, stresses, budgetSplit, population, inPlace, publishedChecks);
    }

    /** The same scenario with another recorded population (or its staff read). */
    public Scenario withPopulation(PopulationSource source) {
        return new Scenario(name, description, appraisal, simulation, jobFamilies, recruitment, training, partners,
                options, stresses, budgetSplit, source, inPlace, publishedChecks);
    }

    public int totalHeadcount() {
        return partners.stream().mapToInt(Partner::headcount).sum();
    }
}
