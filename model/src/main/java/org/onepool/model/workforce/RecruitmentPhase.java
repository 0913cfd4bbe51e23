package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Effect;
import org.onepool.model.scenario.InterventionType;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 4. Campaigns that end this month either hire (checks paid; runners-up may enter the talent
 * bank) or fail and are rerun. Vacancies needing a campaign get one: its time to fill is drawn from the
 * partner's distribution, and whether it fails is decided at launch. Where an option's shared
 * recruitment centre covers the post, one advert serves every vacancy of the family that month, across
 * partners. A campaign's draws are keyed by its vacancy (cell and number in the cell) and month, so
 * nothing that happens at another post moves them (common random numbers down to the event).
 */
final class RecruitmentPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private int[] sharedPerFamily = new int[0];
    private int[] batchOf = new int[0];
    private boolean[] shared = new boolean[0];
    /** The vacancies a pass visits (campaigns ending, or needing a campaign), in table order. */
    private int[] rows = new int[0];

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        if (rows.length < m.state.vacancies.size) rows = new int[m.state.vacancies.size * 3 / 2 + 16];
        completeCampaigns(m);
        launchCampaigns(m);
        m.state.vacancies.compact();
    }

    private void completeCampaigns(WorkforceModel m) {
        VacancyTable vac = m.state.vacancies;
        Layout layout = m.params.layout;
        RecruitmentParameters costs = m.params.recruitment;
        double[] checksKeep = m.effects.combined(Effect.CHECKS_COST_REDUCTION);
        // Completing a campaign opens no vacancy, so the table holds still while these are visited.
        int ending = vac.campaignsEnding(m.month, rows);
        for (int k = 0; k < ending; k++) {
            int v = rows[k];
            if (!vac.willSucceed()[v]) {
                vac.state()[v] = VacancyTable.NEEDS_CAMPAIGN;
                continue;
            }
            int cell = vac.cell()[v];
            int pf = layout.pfOfCell(cell);
            int partner = layout.partnerOfCell(cell);
            byte route = vac.route()[v];
            m.fill(v);
            m.population.hire(m.state, cell, false, m.month);
            m.starters[cell]++;
            m.cost(partner, CostCategory.CHECKS, costs.checksGbp()[partner] * checksKeep[pf]);
            m.record(pf, route == VacancyTable.ROUTE_TALENT_BANK ? Measure.HIRES_TALENT_BANK : Measure.HIRES_EXTERNAL, 1);
            if (route != VacancyTable.ROUTE_EXTERNAL) m.record(pf, Measure.SHARED_HIRES, 1);
            if (route != VacancyTable.ROUTE_TALENT_BANK) bankRunnersUp(m, cell);
        }
    }

    /** A campaign at a post the talent bank covers leaves runners-up for that family and grade for a while. */
    private static void bankRunnersUp(WorkforceModel m, int cell) {
        Layout layout = m.params.layout;
        int pf = layout.pfOfCell(cell);
        ArmEffects e = m.effects;
        double runnersUp = e.combined(Effect.RUNNERS_UP_PER_CAMPAIGN)[pf];
        if (e.reach(InterventionType.TALENT_BANK)[pf] <= 0 || runnersUp <= 0) return;
        WorkforceState s = m.state;
        s.runnerUpCarry[pf] += runnersUp;
        while (s.runnerUpCarry[pf] >= 1) {
            s.addToBank(layout.familyGradeOfCell(cell), m.month);
            s.runnerUpCarry[pf] -= 1;
        }
    }

    /** Vacancies sharing the advert of the batch that vacancy number {@code index} of {@code total} falls in. */
    static int batchSize(int index, int total, int perAdvert) {
        int batchStart = index / perAdvert * perAdvert;
        return Math.min(perAdvert, total - batchStart);
    }

    private void launchCampaigns(WorkforceModel m) {
        VacancyTable vac = m.state.vacancies;
        Layout layout = m.params.layout;
        RecruitmentParameters costs = m.params.recruitment;
        ArmEffects e = m.effects;
        double[] sharedRecruitment = e.reach(InterventionType.SHARED_RECRUITMENT);
        double[] vacanciesPerAdvert = e.combined(Effect.VACANCIES_PER_SHARED_ADVERT);
        double[] campaignCostKeep = e.combined(Effect.CAMPAIGN_COST_REDUCTION);
        double[] timeToFillKeep = e.combined(Effect.TIME_TO_FILL_REDUCTION);
        double[] failureKeep = e.combined(Effect.CAMPAIGN_FAILURE_REDUCTION);
        double[] applicantsGain = e.combined(Effect.APPLICANTS_PER_CAMPAIGN_GAIN);
        if (sharedPerFamily.length != layout.families()) sharedPerFamily = new int[layout.families()];
        java.util.Arrays.fill(sharedPerFamily, 0);
        if (shared.length < vac.size) {
            shared = new boolean[vac.size + vac.size / 2 + 16];
            batchOf = new int[shared.length];
        }
        // First pass: which campaigns go through the shared centre; each family's shared vacancies are
        // taken in order in batches of up to the centre's batch size, each batch sharing one advert.
        int launches = vac.rowsIn(VacancyTable.NEEDS_CAMPAIGN, rows);
        for (int k = 0; k < launches; k++) {
            int v = rows[k];
            int pf = layout.pfOfCell(vac.cell()[v]);
            double strength = sharedRecruitment[pf];
            shared[v] = strength >= 1 || strength > 0 && m.draw(m.rampSeed, v, 3) < strength;
            if (shared[v]) batchOf[v] = sharedPerFamily[layout.familyOfPf(pf)]++;
        }
        for (int k = 0; k < launches; k++) {
            int v = rows[k];
            int cell = vac.cell()[v];
            int pf = layout.pfOfCell(cell);
            int partner = layout.partnerOfCell(cell);
            int family = layout.familyOfPf(pf);
            double keep = campaignCostKeep[pf];
            double advert = shared[v] ? costs.advertisingGbp()[partner] / batchSize(batchOf[v], sharedPerFamily[family],
                    (int) Math.round(vacanciesPerAdvert[pf])) : costs.advertisingGbp()[partner];
            m.cost(partner, CostCategory.ADVERTISING, advert * keep);
            m.cost(partner, CostCategory.RECRUITMENT_ADMIN, costs.adminGbp()[partner] * keep);
            double months = costs.timeToFillMonths()[partner].at(m.draw(m.recruitmentSeed, v, 0)) * timeToFillKeep[pf]
                    * e.timeToFillMultiplier;
            // A share of a family's first campaigns start in the leaver's notice period: they end that much sooner.
            double early = costs.recruitDuringNoticeShare()[family];
            if (early > 0 && vac.openedMonth()[v] == m.month && m.draw(m.recruitmentSeed, v, 2) < early) {
                months -= costs.noticeMonths()[partner];
            }
            double failure = Math.min(0.95, costs.failureProbability(partner, family) * failureKeep[pf] + e.failureIncrease);
            // More applicants: P' = P^(1 + g) if suitable applicants are Poisson (model/ODD.md).
            if (applicantsGain[pf] > 0) failure = Math.pow(failure, 1 + applicantsGain[pf]);
            vac.willSucceed()[v] = m.draw(m.recruitmentSeed, v, 1) >= failure;
            vac.eventMonth()[v] = m.month + Math.max(1, (int) Math.round(months));
            vac.state()[v] = VacancyTable.IN_CAMPAIGN;
            vac.route()[v] = shared[v] ? VacancyTable.ROUTE_SHARED : VacancyTable.ROUTE_EXTERNAL;
        }
    }
}
