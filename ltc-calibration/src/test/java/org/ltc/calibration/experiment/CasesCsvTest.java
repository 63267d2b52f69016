package org.ltc.calibration.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;

class CasesCsvTest {
    @Test
    void everyOtherNumericColumnIsAFeature() {
        CaseDataset d = CasesCsv.parse("c.csv", "id,region,stage,a,note,b\nx1,north,1,0.5,hello,2\nx2,south,3,1.5,\"a, b\",4\n",
                "stage", "region", "id", 0);
        assertEquals(List.of("a", "b"), d.featureNames());
        assertEquals(List.of("1", "2", "3"), d.stageIds());
        assertEquals(List.of("north", "south"), d.groups());
        assertEquals(3, d.stage(1));
        assertEquals(4.0, d.feature(1, 1));
    }

    @Test
    void errorsNameTheLineAndColumn() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CasesCsv.parse("c.csv", "stage,a\n1,2\nfive,3\n", "stage", null, null, 0));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("stage") && e.getMessage().contains("five"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> CasesCsv.parse("c.csv", "stage,a\n1,2\n2,\n", "stage", null, null, 0));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("a"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> CasesCsv.parse("c.csv", "level,a\n1,2\n", "stage", null, null, 0));
        assertTrue(e.getMessage().contains("--stage-column") && e.getMessage().contains("level"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> CasesCsv.parse("c.csv", "stage,a\n7,2\n", "stage", null, null, 5));
        assertTrue(e.getMessage().contains("1..5"), e.getMessage());
    }
}
