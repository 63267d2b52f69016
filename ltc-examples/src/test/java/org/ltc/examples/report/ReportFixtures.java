package org.ltc.examples.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.action.CivicLayer;
import org.ltc.model.action.Commitment;
import org.ltc.model.action.CommitmentStatus;
import org.ltc.model.action.Measure;
import org.ltc.model.action.ParticipationLevel;
import org.ltc.model.action.Partner;
import org.ltc.model.action.ShareBackPlan;
import org.ltc.model.community.Community;
import org.ltc.model.knowledge.Breadth;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.CommunityStory;
import org.ltc.model.knowledge.Engagement;
import org.ltc.model.knowledge.Gap;
import org.ltc.model.knowledge.GroupRate;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.OpinionGroups;
import org.ltc.model.knowledge.StatementVote;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.Dimension;
import org.ltc.model.stage.RatingScale;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Rounding;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageProbability;
import org.ltc.model.stage.StageRule;

/** A small but complete community report, built in code, for renderer tests. */
public final class ReportFixtures {
    static final Instant T = Instant.parse("2026-04-10T12:00:00Z");

    private ReportFixtures() {
    }

    static Provenance provenance(String id) {
        return Provenance.of(id, "1", Map.of("ltc.example", "yes"), 42, Hashing.sha256(id), T);
    }

    public static CommunityReport report() {
        Theme youth = new Theme("t1", "Somewhere safe for teens after school", ThemeCategory.ASPIRATIONS,
                List.of("teen", "after school", "safe"), List.of(NoteRef.of("n1"), NoteRef.of("n2"), NoteRef.of("n3")),
                List.of(new Quote("n1", "A town where kids have somewhere safe to go after school <b>now</b>.")),
                new Breadth(3, 3, Map.of("neighbourhood", 2), Map.of("neighbourhood", Map.of("Eastside", 6,
                        "Riverside", 5))), 0.7,
                List.of(new GroupVote("0", 40, 30, 5, 5, 31 / 42.0), new GroupVote("1", 25, 12, 10, 3, 13 / 24.0)),
                (31 / 42.0) * (13 / 24.0), false).withDivisions(
                List.of(new StatementVote("n2", "Keep the library open later for teens.", List.of(
                        new GroupRate("0", 40, 30, 0.81), new GroupRate("1", 25, 20, 0.68)), 0.13, 0.55)),
                List.of(new StatementVote("n3", "A curfew for anyone under 18.", List.of(
                        new GroupRate("0", 40, 31, 0.21), new GroupRate("1", 25, 22, 0.79)), 0.58, 0.17)));
        Theme rent = new Theme("t2", "Rents rising faster than wages", ThemeCategory.CONCERNS, List.of("rent", "landlord"),
                List.of(NoteRef.of("n4"), NoteRef.of("n5")), List.of(new Quote("n4", "My rent went up two hundred dollars.", "en"),
                        new Quote("n5", "El alquiler sube cada año y los sueldos no.", "es")),
                new Breadth(2, 2, Map.of(), Map.of("neighbourhood", Map.of("Eastside", 7))), 0.4, List.of(), null, false);
        Theme buses = Theme.of("t3", "Buses that run later", ThemeCategory.CHANGES, List.of("bus"), List.of(NoteRef.of("n6")));
        PublicKnowledge pk = new PublicKnowledge(new Community("millbrook", "Millbrook", null, null),
                new Engagement(7, 69, 197, 0, List.of("Main Branch", "Eastside Community Center"),
                        Map.of("neighbourhood", Map.of("Eastside", 24, "Riverside", 11)), 1, null, null,
                        LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-17")),
                List.of(youth, rent, buses),
                List.of(new CategorySection(ThemeCategory.ASPIRATIONS, List.of("t1")),
                        new CategorySection(ThemeCategory.CONCERNS, List.of("t2")),
                        new CategorySection(ThemeCategory.CHANGES, List.of("t3"))),
                List.of("n7"), List.of(new Gap("ageBand", "18-24", 0, "fewer than 5 participants")),
                CommunityStory.of("kids have somewhere safe to go", "rents rising faster than wages",
                        "run buses later"), provenance("public-knowledge"),
                new OpinionGroups(Map.of("0", 40, "1", 25), null));
        List<Stage> stages = List.of(new Stage("waiting-place", 1, "The Waiting Place", "People wait."),
                new Stage("impasse", 2, "Impasse", "Enough is enough."),
                new Stage("catalytic", 3, "Catalytic", "Small steps."),
                new Stage("growth", 4, "Growth", "Progress spreads."),
                new Stage("sustain-renew", 5, "Sustain and Renew", "Renewal."));
        StageFramework fw = new StageFramework("harwood-five-stages", "Community Rhythms", "fixture", stages,
                List.of(new Dimension("discussion", "Public discussion", "How people talk together", List.of())),
                new RatingScale(1, 5), new StageRule(Rounding.NEAREST, Map.of()));
        StageAssessment assessment = new StageAssessment("harwood-five-stages",
                List.of(new StageProbability("waiting-place", 0.1), new StageProbability("impasse", 0.55),
                        new StageProbability("catalytic", 0.3), new StageProbability("growth", 0.05),
                        new StageProbability("sustain-renew", 0.0)),
                "impasse", 0.55, List.of(new Reason("People said \"enough is enough\"", "impasse", 1.2,
                        List.of("n8", "n9"))), null, provenance("signals"));
        Action child = new Action("a1-1", "Find a room", null, "Branch manager", List.of(), null,
                LocalDate.parse("2026-05-01"), ActionStatus.DONE, 100, 1, null, List.of(), List.of(), null, List.of(),
                List.of());
        Action teen = new Action("a1", "Teen nights at the Eastside branch", null, "Youth librarian",
                List.of(new Partner("Eastside Community Center", CivicLayer.THIRD_PLACES, null, "host")),
                LocalDate.parse("2026-04-15"), LocalDate.parse("2026-06-30"), ActionStatus.IN_PROGRESS, 40, 1,
                ParticipationLevel.COLLABORATE, List.of("informal-networks"), List.of("t1"),
                "A small, visible step that fits a community at Impasse.", List.of(), List.of(child));
        ActionPlan plan = new ActionPlan("plan-1", "Small steps toward safe places for teens",
                "kids have somewhere safe to go", List.of("t1"), "after-school spaces", List.of("teens"),
                "harwood-five-stages", "impasse", "At Impasse, small visible wins rebuild belief that change can happen.",
                List.of(teen), List.of("informal-networks"),
                List.of(new Commitment("k1", "Report back at the June town meeting", "Library director",
                        LocalDate.parse("2026-06-15"), CommitmentStatus.OPEN)),
                new ShareBackPlan(List.of("library newsletter", "display at each branch"), "monthly", "residents", null),
                List.of(new Measure("m1", "Teens attending", null, "25 a week by June")), provenance("planner"));
        return new CommunityReport("Millbrook listens", pk, fw, assessment, plan, 5,
                List.of("Fixture data written for tests."));
    }
}
