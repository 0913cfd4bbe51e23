package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Settings of the workforce simulation itself. */
public record SimulationSettings(
        @JsonPropertyDescription("Years of business as usual simulated before month 0 and not reported, from a "
                + "synthetic population settled once per scenario, so that stagnation, engagement and open vacancies "
                + "start from a settled state. Default 3; 0 starts from the population as drawn.")
        Integer warmUpYears,
        @JsonPropertyDescription("Months in the same post after which a member of staff counts as stagnating and "
                + "looks for a move to the next grade. Default 36.") Integer stagnationThresholdMonths,
        @JsonPropertyDescription("Working days in a year, to cost training days at salary. Default 220.")
        Integer workingDaysPerYear,
        @JsonPropertyDescription("Employer on-costs (pension, National Insurance) as a share of salary. "
                + "Default 0.3.") Uncertain employerOnCostRate,
        @JsonPropertyDescription("Chance that one stagnating internal candidate is appointable to a vacancy at "
                + "the next grade; more candidates (a wider pool) make an internal appointment likelier. Default 0.2.")
        Uncertain internalAppointableProbability,
        @JsonPropertyDescription("Months staff whose posts are at risk wait for redeployment before redundancy. "
                + "Default 3.") Integer redeploymentMonths,
        @JsonPropertyDescription("Share of stagnating staff at other partners who would apply for a post across "
                + "the pool, against every one at the vacancy's own partner. Default 0.1.")
        Uncertain crossPartnerWillingness,
        @JsonPropertyDescription("How the pool places staff across partners each month when an option opens it: "
                + "individual (each vacancy draws among applicants; default), greedy (the month's pool posts and "
                + "applicants matched first come, first served) or optimised (the same problem solved with "
                + "OptaPlanner; slow: for comparisons on few replications).") DeploymentMode deploymentMode,
        @JsonPropertyDescription("Share of vacancies advertised internally before going outside: only these can "
                + "be filled by an internal appointment, however many candidates there are. Default 1 "
                + "(assumption: every vacancy is open to internal candidates first).") Uncertain internalAdvertShare) {

    public static SimulationSettings defaults() {
        return new SimulationSettings(null, null, null, null, null, null, null, null, null);
    }

    public SimulationSettings {
        warmUpYears = warmUpYears == null ? 3 : warmUpYears;
        stagnationThresholdMonths = stagnationThresholdMonths == null ? 36 : stagnationThresholdMonths;
        workingDaysPerYear = workingDaysPerYear == null ? 220 : workingDaysPerYear;
        employerOnCostRate = employerOnCostRate == null ? Defaults.EMPLOYER_ON_COST_RATE : employerOnCostRate;
        internalAppointableProbability = internalAppointableProbability == null ? Defaults.INTERNAL_APPOINTABLE
                : internalAppointableProbability;
        redeploymentMonths = redeploymentMonths == null ? 3 : redeploymentMonths;
        crossPartnerWillingness = crossPartnerWillingness == null ? Defaults.CROSS_PARTNER_WILLINGNESS : crossPartnerWillingness;
        deploymentMode = deploymentMode == null ? DeploymentMode.INDIVIDUAL : deploymentMode;
        internalAdvertShare = internalAdvertShare == null ? Uncertain.of(1) : internalAdvertShare;
    }

    /** The same settings with another deployment mode. */
    public SimulationSettings withDeploymentMode(DeploymentMode mode) {
        return new SimulationSettings(warmUpYears, stagnationThresholdMonths, workingDaysPerYear, employerOnCostRate,
                internalAppointableProbability, redeploymentMonths, crossPartnerWillingness, mode, internalAdvertShare);
    }
}
