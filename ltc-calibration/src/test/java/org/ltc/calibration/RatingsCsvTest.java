package org.ltc.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.model.stage.IndicatorRating;

class RatingsCsvTest {
    @Test
    void readsColumnsInAnyOrderWithOptionalOnes() {
        List<IndicatorRating> r = RatingsCsv.parse("r.csv", """
                score,Dimension,interview,rater,evidence
                4,leadership,i1,scorer-a,t1;t2
                4.5,leadership,i1,consensus,
                3,resources,,,
                """);
        assertEquals(List.of(new IndicatorRating("leadership", 4, "scorer-a", "i1", List.of("t1", "t2")),
                new IndicatorRating("leadership", 4.5, "consensus", "i1", List.of()),
                new IndicatorRating("resources", 3, null, null, List.of())), r);
    }

    @Test
    void badRowsNameTheFileLineFieldAndValue() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RatingsCsv.parse("r.csv",
                "dimension,score\nleadership,4\nleadership,high\n"));
        assertTrue(e.getMessage().contains("r.csv") && e.getMessage().contains("line 3")
                && e.getMessage().contains("score") && e.getMessage().contains("high"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> RatingsCsv.parse("r.csv", "dimension,grade\nx,1\n"));
        assertTrue(e.getMessage().contains("grade"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> RatingsCsv.parse("r.csv", "dimension,score\nbad id!,1\n"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("dimensionId"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> RatingsCsv.parse("r.csv", "rater,score\na,1\n"));
    }
}
