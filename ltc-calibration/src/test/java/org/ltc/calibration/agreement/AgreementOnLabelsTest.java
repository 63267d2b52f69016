package org.ltc.calibration.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;

/**
 * Agreement on category labels: each statistic on labels equals the same statistic on the numbers the labels
 * stand for, and the statistics that need an order or distances refuse labels that have none.
 */
class AgreementOnLabelsTest {
    private static final String YES_NO = """
            unit,ana,ben
            u1,yes,yes
            u2,no,no
            u3,yes,no
            u4,unclear,unclear
            u5,no,no
            u6,yes,yes
            u7,unclear,no
            u8,no,NA
            """;
    private static final String CODED = """
            unit,ana,ben
            u1,3,3
            u2,1,1
            u3,3,1
            u4,2,2
            u5,1,1
            u6,3,3
            u7,2,1
            u8,1,
            """;

    @Test
    void cohensKappaAcceptsYesNoLabels() {
        // Before: exit 2, "must be a number".
        RatingTable labels = AgreementCsv.parseRatings("l.csv", YES_NO);
        assertTrue(labels.isCategorical());
        assertFalse(labels.isOrdered());
        assertEquals(List.of("no", "unclear", "yes"), labels.categories());
        assertEquals("unclear", labels.label(3, 0));
        RatingTable numbers = AgreementCsv.parseRatings("n.csv", CODED);
        assertEquals(CohenKappa.compute(numbers, Weighting.UNWEIGHTED),
                CohenKappa.compute(labels, Weighting.UNWEIGHTED), 1e-12);
    }

    @Test
    void weightedKappaNeedsADeclaredOrder() {
        RatingTable labels = AgreementCsv.parseRatings("l.csv", YES_NO);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CohenKappa.compute(labels, Weighting.QUADRATIC));
        assertTrue(e.getMessage().contains("declare their order"), e.getMessage());
        RatingTable ordered = AgreementCsv.parseRatings("l.csv", YES_NO, List.of("no", "unclear", "yes"));
        assertEquals(CohenKappa.compute(AgreementCsv.parseRatings("n.csv", CODED), Weighting.QUADRATIC),
                CohenKappa.compute(ordered, Weighting.QUADRATIC), 1e-12);
    }

    @Test
    void krippendorffNominalAndOrdinalOnLabelsMatchTheCodedNumbers() {
        RatingTable numbers = AgreementCsv.parseRatings("n.csv", CODED);
        RatingTable labels = AgreementCsv.parseRatings("l.csv", YES_NO);
        assertEquals(KrippendorffAlpha.compute(numbers, Level.NOMINAL), KrippendorffAlpha.compute(labels, Level.NOMINAL),
                1e-12);
        assertThrows(InvalidInputException.class, () -> KrippendorffAlpha.compute(labels, Level.ORDINAL));
        assertThrows(InvalidInputException.class, () -> KrippendorffAlpha.compute(labels, Level.INTERVAL));
        RatingTable ordered = AgreementCsv.parseRatings("l.csv", YES_NO, List.of("no", "unclear", "yes"));
        assertEquals(KrippendorffAlpha.compute(numbers, Level.ORDINAL), KrippendorffAlpha.compute(ordered, Level.ORDINAL),
                1e-12);
        // A different declared order is a different ordinal statistic: the order is used, not the alphabet.
        RatingTable other = AgreementCsv.parseRatings("l.csv", YES_NO, List.of("unclear", "no", "yes"));
        assertTrue(Math.abs(KrippendorffAlpha.compute(ordered, Level.ORDINAL)
                - KrippendorffAlpha.compute(other, Level.ORDINAL)) > 1e-6);
    }

    @Test
    void fleissFromOneColumnPerRaterEqualsFleissFromCounts() {
        String raters = """
                r1,r2,r3
                yes,yes,yes
                no,no,yes
                unclear,no,no
                yes,yes,no
                no,no,no
                """;
        String counts = """
                no,unclear,yes
                0,0,3
                2,0,1
                2,1,0
                1,0,2
                3,0,0
                """;
        CountTable fromRaters = CountTable.fromRatings(AgreementCsv.parseRatings("r.csv", raters));
        assertEquals(List.of("no", "unclear", "yes"), fromRaters.categories());
        assertEquals(FleissKappa.compute(AgreementCsv.parseCounts("c.csv", counts)), FleissKappa.compute(fromRaters),
                1e-12);
    }

    @Test
    void aLabelOutsideTheDeclaredOrderIsNamedWithItsPlace() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AgreementCsv.parseRatings("l.csv", YES_NO, List.of("no", "yes")));
        assertEquals("l.csv line 5: field 'ana' is not one of the declared categories [no, yes] (rejected value: "
                + "\"unclear\")", e.getMessage());
    }

    @Test
    void anIntraclassCorrelationRefusesLabels() {
        assertThrows(InvalidInputException.class,
                () -> IntraclassCorrelation.compute(AgreementCsv.parseRatings("l.csv", YES_NO), IccForm.ICC_2_1));
    }
}
