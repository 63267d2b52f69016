package org.ltc.calibration.synthetic;

import java.util.List;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.PublicCapitalRating;

/**
 * One generated community: its true stage and what an engagement team would observe.
 *
 * @param id            e.g. {@code "c0001"}
 * @param region        its region, for leave-one-group-out validation
 * @param stageNumber   the true (latent) stage, 1..K
 * @param ratings       every rater's score on every dimension (continuous; may fall slightly outside the scale)
 * @param publicCapital one consensus rating per public-capital factor
 * @param notes         what residents said
 * @param signals       how many notes carry each signal bank's wording, by Harwood stage id
 */
public record SyntheticCommunity(String id, String region, int stageNumber, List<IndicatorRating> ratings,
                                 List<PublicCapitalRating> publicCapital, List<String> notes, Map<String, Integer> signals) {
    public SyntheticCommunity {
        Checks.id("id", id);
        Checks.id("region", region);
        ratings = Checks.list("ratings", ratings);
        publicCapital = Checks.list("publicCapital", publicCapital);
        notes = Checks.strings("notes", notes);
        signals = Checks.sortedMap("signals", signals);
    }
}
