package org.ltc.calibration.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;

class AgreementCsvTest {
    @Test
    void readsRatersUnitsAndMissingCells() {
        RatingTable t = AgreementCsv.parseRatings("r.csv", "unit,A,B,C\nu1,1,2,\nu2,3,NA,3\n\"u,3\",.,2,2\n");
        assertEquals(java.util.List.of("A", "B", "C"), t.raters());
        assertEquals(java.util.List.of("u1", "u2", "u,3"), t.units());
        assertTrue(t.isMissing(0, 2));
        assertTrue(t.isMissing(1, 1));
        assertTrue(t.isMissing(2, 0));
        assertEquals(3.0, t.value(1, 2));
    }

    @Test
    void reproducesKrippendorffFromCsv() {
        StringBuilder csv = new StringBuilder("A,B,C,D\n");
        RatingTable k = AgreementTest.krippendorffExample();
        for (int u = 0; u < k.unitCount(); u++) {
            for (int r = 0; r < 4; r++) {
                csv.append(r > 0 ? "," : "").append(k.isMissing(u, r) ? "" : String.valueOf((int) k.value(u, r)));
            }
            csv.append('\n');
        }
        assertEquals(0.743, KrippendorffAlpha.compute(AgreementCsv.parseRatings("k.csv", csv.toString()), Level.NOMINAL), 0.0005);
    }

    @Test
    void errorsNameFileLineAndColumn() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AgreementCsv.parseRatings("r.csv", "A,B\n1,2\n3,high\n", java.util.List.of("1", "2", "3")));
        assertTrue(e.getMessage().contains("r.csv") && e.getMessage().contains("line 3") && e.getMessage().contains("B")
                && e.getMessage().contains("high"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> AgreementCsv.parseCounts("c.csv", "yes,no\n2,1\n1\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(3, AgreementCsv.parseCounts("c.csv", "yes,no\n2,\n1,2\n").raters(1));
    }
}
