package org.onepool.model.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a distribution drawn afresh for every event (each campaign, each person), not once per
 * replication. Such inputs describe variability, not uncertainty, so sensitivity analysis leaves them out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface PerEvent {
}
