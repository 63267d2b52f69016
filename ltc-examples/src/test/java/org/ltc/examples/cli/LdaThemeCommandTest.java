package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.io.LtcJson;
import org.ltc.theming.contract.ContractFixtures;
import org.ltc.examples.cli.Cli.Run;

/** {@code ltc theme --themer lda} end to end, through {@code LtcCommand.run}. */
class LdaThemeCommandTest {
    private static Path town(Path dir) {
        Path file = dir.resolve("town.json");
        LtcJson.defaults().write(ContractFixtures.town(), file);
        return file;
    }

    @Test
    void termsPrintsEachTopicsTermsMostProbableFirstTheSameOnOneAndTwoThreads(@TempDir Path dir) {
        Path in = town(dir);
        Cli.Run one = Cli.run("theme", "--input", in.toString(), "--themer", "lda", "--k",
                "4", "--seed", "3", "--threads", "1", "--format", "terms",
                "--set", "ltc.theming.lda.anchors=0:bus,buses,transit;1:rent,housing;2:park,parks;3:safety,crime");
        assertEquals(0, one.code(), one.err());
        List<String> lines = one.out().lines().toList();
        assertTrue(lines.size() >= 2 && lines.size() <= 4, one.out());
        for (String line : lines) {
            assertFalse(line.isBlank());
            assertFalse(line.contains("  "), "single spaces: " + line);
            assertTrue(line.split(" ").length <= 10, line);
        }
        // Anchored content words lead their topics' lines.
        assertTrue(lines.stream().anyMatch(l -> l.contains("bus")), one.out());
        Cli.Run two = Cli.run("theme", "--input", in.toString(), "--themer", "lda", "--k",
                "4", "--seed", "3", "--threads", "2", "--format", "terms",
                "--set", "ltc.theming.lda.anchors=0:bus,buses,transit;1:rent,housing;2:park,parks;3:safety,crime");
        assertEquals(one.out(), two.out());
    }

    @Test
    void aBadLdaOptionExitsTwoNamingIt(@TempDir Path dir) {
        Cli.Run r = Cli.run("theme", "--input", town(dir).toString(), "--themer", "lda",
                "--set", "ltc.theming.lda.warmStart=2");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("ltc.theming.lda.warmStart"), r.err());
    }
}
