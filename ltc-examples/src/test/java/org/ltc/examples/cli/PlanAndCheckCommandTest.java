package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.examples.action.BowlingGreen;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.action.ParticipationLevel;
import org.ltc.model.io.LtcJson;
import tools.jackson.databind.JsonNode;
import org.ltc.model.testdata.RealData;
import org.ltc.examples.cli.Cli.Run;

/** {@code ltc plan} and {@code ltc check} end to end through {@link LtcCommand#run}, on Bowling Green. */
@RealData
class PlanAndCheckCommandTest {

    @TempDir
    static Path dir;
    static Path knowledge;
    static Path impasse;
    static Path capacities;
    private static final LtcJson JSON = LtcJson.defaults();

    @BeforeAll
    static void writeInputs() {
        knowledge = dir.resolve("pk.json");
        JSON.write(BowlingGreen.knowledge(), knowledge);
        impasse = dir.resolve("assessment.json");
        JSON.write(BowlingGreen.assessmentAt("impasse"), impasse);
        capacities = dir.resolve("caps.json");
        JSON.write(BowlingGreen.capacities(), capacities);
    }

    @Test
    void planPrintsTheDraftWritesThePlanAndTheCheckPassesIt() {
        Path out = dir.resolve("plan.json");
        Run r = Cli.run("plan", "--knowledge", knowledge.toString(), "--assessment", impasse.toString(),
                "--capacities", capacities.toString(), "--out", out.toString(), "--seed", "5");
        assertEquals(0, r.code(), r.err());
        // opinion groups divide on every theme filed as an aspiration: the broadest change people share stands in
        assertTrue(r.out().contains("Aspiration: Roads and traffic [a change people share: opinion groups divide on "
                + "each of the "), r.out());
        assertTrue(r.out().contains("Stage:      impasse - No grand plans"), r.out());
        assertTrue(r.out().contains("Kept out: they speak to what people said but do not fit impasse:"), r.out());
        assertTrue(r.out().contains("[comprehensive-plan]: Grand, comprehensive plans"), r.out());
        assertTrue(r.out().contains("Intentionality check: no concerns"), r.out());
        assertTrue(r.out().contains("wrote " + out), r.out());
        ActionPlan plan = JSON.read(out, ActionPlan.class);
        assertFalse(plan.actions().isEmpty());
        assertEquals(5, plan.provenance().seed());

        Run check = Cli.run("check", out.toString(), "--knowledge", knowledge.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().lines().allMatch(l -> l.startsWith("PASS\t") || l.contains("0 concern(s)")), check.out());

        Path md = dir.resolve("share-back.md");
        Run share = Cli.run("check", out.toString(), "--share-back", md.toString());
        assertEquals(0, share.code(), share.err());
        String summary = assertDoesNotThrow(() -> Files.readString(md));
        assertTrue(summary.startsWith("# " + plan.title() + "\n"), summary);
        assertTrue(summary.contains("What we heard you want: Roads and traffic."), summary);
        assertTrue(summary.contains("0% overall"), summary);

        Run validate = Cli.run("validate", out.toString());
        assertEquals(0, validate.code(), validate.err());
    }

    @Test
    void planJsonIsOneObjectWithTheDraft() {
        Run r = Cli.run("plan", "--knowledge", knowledge.toString(), "--assessment", impasse.toString(),
                "--capacities", capacities.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.mapper().readTree(r.out());
        assertEquals("Roads and traffic", root.get("draft").get("plan").get("aspiration").asString());
        assertTrue(root.get("draft").get("flagged").size() > 0);
        assertEquals(0, root.get("concerns").asInt());
    }

    @Test
    void checkExitsThreeAndPrintsOneLinePerFindingWhenAPlanHasConcerns() {
        Path out = dir.resolve("grand.json");
        Cli.run("plan", "--knowledge", knowledge.toString(), "--assessment", impasse.toString(),
                "--capacities", capacities.toString(), "--out", out.toString());
        ActionPlan drafted = JSON.read(out, ActionPlan.class);
        // A person adds a grand plan at Impasse, with no partner.
        List<Action> actions = new ArrayList<>(drafted.actions());
        Action first = drafted.actions().get(0);
        actions.add(new Action("comprehensive-plan", "Bowling Green 2040", null, "Director", List.of(), first.start(),
                first.due(), ActionStatus.PROPOSED, 0, 1, ParticipationLevel.COLLABORATE, List.of(), first.themeIds(),
                null, List.of(), List.of()));
        ActionPlan grand = new ActionPlan(drafted.id(), drafted.title(), drafted.aspiration(), drafted.themeIds(),
                drafted.issue(), drafted.people(), drafted.frameworkId(), drafted.stageId(), drafted.stageRationale(),
                actions, drafted.publicCapital(), drafted.commitments(), drafted.shareBack(), drafted.measures(), null);
        JSON.write(grand, out);
        Run r = Cli.run("check", out.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("CONCERN\tstage-fit\tcomprehensive-plan\tunfit-pattern\t")),
                r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("CONCERN\tauthority\tcomprehensive-plan\tno-partner\t")),
                r.out());
        assertTrue(lines.get(lines.size() - 1).endsWith("2 concern(s), " + (lines.size() - 3) + " pass(es)"), r.out());
        // Months later, the promises are overdue.
        Run late = Cli.run("check", out.toString(), "--today", first.due().plusYears(1).toString(), "--json");
        assertEquals(3, late.code());
        JsonNode root = JSON.mapper().readTree(late.out());
        assertTrue(root.get("concerns").asInt() > 2);
        assertTrue(late.out().contains("commitment-overdue"), late.out());
    }

    @Test
    void badInputExitsTwo() {
        Run wrongKind = Cli.run("check", capacities.toString());
        assertEquals(2, wrongKind.code());
        assertTrue(wrongKind.err().contains("must be \"action-plan\""), wrongKind.err());
        Run missing = Cli.run("check", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.json"), missing.err());
        Run noCaps = Cli.run("plan", "--knowledge", knowledge.toString(), "--assessment", impasse.toString());
        assertEquals(2, noCaps.code());
    }

    @Test
    void aBadCapacitiesFileIsNamedWithItsPointer() throws Exception {
        Path bad = dir.resolve("bad-caps.json");
        Files.writeString(bad, """
                {"format": "ltc", "version": 1, "kind": "library-capacities", "data": {"library": "X",
                 "capacities": [{"id": "room", "kind": "SPACE", "name": "Room", "tags": ["Meeting Room"]}]}}
                """);
        Run r = Cli.run("plan", "--knowledge", knowledge.toString(), "--assessment", impasse.toString(),
                "--capacities", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad-caps.json at /data/capacities/0"), r.err());
        assertTrue(r.err().contains("Meeting Room"), r.err());
    }
}
