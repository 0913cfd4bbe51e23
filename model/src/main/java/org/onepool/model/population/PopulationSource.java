package org.onepool.model.population;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A scenario's recorded population: the companion file written by {@code onepool import}, the month it
 * stands at, and where its records came from. The staff themselves are read when the scenario is loaded
 * from a file and held in {@link #people()}, which is never part of the scenario's text.
 */
public record PopulationSource(
        @JsonProperty(required = true)
        @JsonPropertyDescription("Companion file of staff in post (CSV written by 'onepool import'), relative to "
                + "the scenario file.") String file,
        @JsonProperty(required = true)
        @JsonPropertyDescription("Month at whose end the staff in the file were in post, YYYY-MM; the appraisal "
                + "starts after it.") String asOf,
        @JsonPropertyDescription("The mapping file the population was imported with, relative to the scenario "
                + "file; 'onepool backtest' reads the actuals with it.") String mapping,
        @JsonPropertyDescription("The extracts the population and the estimates came from, with their dates.")
        List<String> source,
        @JsonIgnore ImportedPopulation people) {

    public PopulationSource {
        source = source == null ? List.of() : List.copyOf(source);
    }

    /** The same source with its staff read. */
    public PopulationSource withPeople(ImportedPopulation loaded) {
        return new PopulationSource(file, asOf, mapping, source, loaded);
    }
}
