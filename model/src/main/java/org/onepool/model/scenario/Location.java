package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Where a partner's staff mostly work; used for travel distance when staff move. */
public record Location(
        @JsonProperty(required = true) @JsonPropertyDescription("Town or site name.") String name,
        @JsonPropertyDescription("Latitude in degrees.") Double latitude,
        @JsonPropertyDescription("Longitude in degrees.") Double longitude) {

    /** Great-circle distance in km; 0 when either location has no coordinates. */
    public double distanceKm(Location other) {
        if (latitude == null || longitude == null || other == null || other.latitude == null
                || other.longitude == null) {
            return 0;
        }
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
