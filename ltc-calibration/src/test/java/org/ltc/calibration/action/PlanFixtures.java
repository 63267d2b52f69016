package org.ltc.calibration.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.action.Capacity;
import org.ltc.model.action.CapacityKind;
import org.ltc.model.action.CivicLayer;
import org.ltc.model.action.Commitment;
import org.ltc.model.action.CommitmentStatus;
import org.ltc.model.action.LeaderType;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.action.Measure;
import org.ltc.model.action.ParticipationLevel;
import org.ltc.model.action.Partner;
import org.ltc.model.action.ShareBackPlan;
import org.ltc.model.community.Community;
import org.ltc.model.knowledge.Breadth;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.Engagement;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.stage.PublicCapitalLevel;
import org.ltc.model.stage.PublicCapitalRating;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageProbability;

/** A small town's public knowledge, stage, capacities and a good hand-written plan, built in code. */
final class PlanFixtures {
    static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    static final List<String> STAGES = List.of("waiting-place", "impasse", "catalytic", "growth", "sustain-renew");

    private PlanFixtures() {
    }

    static Provenance provenance(String id) {
        return Provenance.of(id, "1", Map.of(), 7, Hashing.sha256(id), NOW);
    }

    static Theme theme(String id, String label, ThemeCategory category, int participants, String... terms) {
        List<NoteRef> notes = new ArrayList<>();
        for (int i = 0; i < Math.max(1, participants / 2); i++) {
            notes.add(NoteRef.of(id + "-n" + i));
        }
        return new Theme(id, label, category, List.of(terms), notes, List.of(), new Breadth(3, participants, Map.of()),
                0.5, List.of(), null, false);
    }

    static PublicKnowledge knowledge() {
        List<Theme> themes = List.of(
                theme("asp-safe-kids", "Somewhere safe for kids after school", ThemeCategory.ASPIRATIONS, 40, "kids", "safe"),
                theme("asp-lively-downtown", "A lively downtown with things to do", ThemeCategory.ASPIRATIONS, 55,
                        "downtown", "music"),
                theme("con-traffic", "Traffic and unsafe roads", ThemeCategory.CONCERNS, 61, "traffic", "road"),
                theme("con-jobs", "Too few good jobs", ThemeCategory.CONCERNS, 30, "jobs", "wages"),
                theme("chg-sidewalks", "More sidewalks and bike lanes", ThemeCategory.CHANGES, 25, "sidewalk", "bike"));
        return new PublicKnowledge(new Community("riverton", "Riverton", null, null),
                new Engagement(6, 120, 300, 0, List.of("Main branch"), Map.of(), 0), themes,
                List.of(new CategorySection(ThemeCategory.ASPIRATIONS, List.of("asp-lively-downtown", "asp-safe-kids")),
                        new CategorySection(ThemeCategory.CONCERNS, List.of("con-traffic", "con-jobs")),
                        new CategorySection(ThemeCategory.CHANGES, List.of("chg-sidewalks"))),
                List.of(), List.of(), null, provenance("pk"));
    }

    static StageAssessment assessment(String stageId) {
        List<StageProbability> d = new ArrayList<>();
        for (String s : STAGES) {
            d.add(new StageProbability(s, s.equals(stageId) ? 0.6 : 0.1));
        }
        return new StageAssessment("harwood-five-stages", d, stageId, 0.6, List.of(), null, provenance("calibrator"));
    }

    static LibraryCapacities capacities() {
        return new LibraryCapacities("Riverton Public Library", List.of(
                Capacity.of("room-main", CapacityKind.SPACE, "Community room, Main branch", "meeting-room"),
                Capacity.of("lobby", CapacityKind.SPACE, "Lobby display wall", "display-space"),
                Capacity.of("plaza", CapacityKind.SPACE, "Library plaza", "outdoor-space"),
                Capacity.of("teen-services", CapacityKind.PROGRAMME, "Teen services", "youth-services", "programming"),
                Capacity.of("job-desk", CapacityKind.PROGRAMME, "Job help desk", "job-help", "computer-lab"),
                Capacity.of("facilitators", CapacityKind.STAFF_SKILL, "Staff trained in Harwood facilitation",
                        "facilitation"),
                Capacity.of("outreach-team", CapacityKind.STAFF_SKILL, "Outreach librarians", "outreach"),
                Capacity.of("newsletter", CapacityKind.STAFF_SKILL, "Library newsletter and social media",
                        "communications"),
                new Capacity("eastside-assoc", CapacityKind.PARTNER, "Eastside Neighbourhood Association", null,
                        List.of("neighbourhood", "residents"), CivicLayer.THIRD_PLACES, LeaderType.CONNECTOR),
                new Capacity("public-works", CapacityKind.PARTNER, "Riverton Public Works", null,
                        List.of("transport", "government"), CivicLayer.OFFICIAL, LeaderType.OFFICIAL)),
                List.of(new PublicCapitalRating("informal-networks", PublicCapitalLevel.LACKING, null, List.of()),
                        new PublicCapitalRating("shared-purpose", PublicCapitalLevel.LACKING, null, List.of()),
                        new PublicCapitalRating("conscious-community-discussion", PublicCapitalLevel.IN_POCKETS, null,
                                List.of()),
                        new PublicCapitalRating("social-gatherings", PublicCapitalLevel.ABUNDANT, null, List.of())),
                List.of("Staff inventory, spring 2026"));
    }

    /** A hand-written plan at Impasse that passes every check on {@link #TODAY}. */
    static ActionPlan goodPlan() {
        Action walk = new Action("streets-walk-audit", "Walk audit of Elm Street with residents",
                "Residents and public works walk Elm Street and list what is unsafe.", "Outreach librarian",
                List.of(new Partner("Eastside Neighbourhood Association", CivicLayer.THIRD_PLACES, LeaderType.CONNECTOR,
                        "brings residents")), TODAY.minusWeeks(2), TODAY.plusWeeks(6), ActionStatus.IN_PROGRESS, 50, 1,
                ParticipationLevel.INVOLVE, List.of("conscious-community-discussion"), List.of("con-traffic"),
                "A small joint task that fits Impasse.", List.of(),
                List.of(child("walk-plan", "Plan the route", ActionStatus.DONE, 100, 1),
                        child("walk-do", "Walk it", ActionStatus.IN_PROGRESS, 0, 1)),
                List.of("outreach-team"));
        Action talk = new Action("kitchen-table-conversations", "Two more conversations on downtown", null,
                "Adult services manager", List.of(new Partner("First Baptist Church", CivicLayer.THIRD_PLACES,
                LeaderType.CIVIC, "hosts")), TODAY, TODAY.plusWeeks(8), ActionStatus.PLANNED, 0, 1,
                ParticipationLevel.CONSULT, List.of("shared-purpose"), List.of("asp-lively-downtown"), null, List.of(),
                List.of(), List.of("room-main"));
        return new ActionPlan("riverton-2026", "Riverton: safer streets, a livelier downtown",
                "A lively downtown with things to do", List.of("asp-lively-downtown", "con-traffic"),
                "Traffic and unsafe roads", List.of("Residents of Riverton"), "harwood-five-stages", "impasse",
                "No grand plans: small visible wins.", List.of(walk, talk), List.of("shared-purpose"),
                List.of(new Commitment("c1", "Share the walk-audit list", "Outreach librarian", TODAY.plusWeeks(7),
                        CommitmentStatus.OPEN)),
                new ShareBackPlan(List.of("Lobby display"), "monthly", "Residents", TODAY.plusDays(20)),
                List.of(new Measure("m1", "Fixes made on Elm Street", null, "3")), null);
    }

    static Action child(String id, String title, ActionStatus status, double percent, double weight) {
        return new Action(id, title, null, null, List.of(), null, TODAY.plusWeeks(4), status, percent, weight, null,
                List.of(), List.of(), null, List.of(), List.of());
    }
}
