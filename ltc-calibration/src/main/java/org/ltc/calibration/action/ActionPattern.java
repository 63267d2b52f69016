package org.ltc.calibration.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.CivicLayer;
import org.ltc.model.action.ParticipationLevel;

/**
 * A kind of action a library can take with its community, tagged for planning: which stages it fits (and why,
 * and why not), how much say the public gets (IAP2), the public-capital factors it grows, its layer of civic
 * life, its likely partners, what it needs from the library and the issues it speaks to.
 *
 * @param id            stable identifier; a drafted action takes it as its id, so a check can find the pattern again
 * @param title         a short title
 * @param description   what it is
 * @param layer         the layer of civic life it works in
 * @param participation how much say the public gets (IAP2 spectrum)
 * @param grows         ids of the public-capital factors it grows
 * @param needs         capacity tags it needs from the library (see {@link org.ltc.model.action.Capacity#offers})
 * @param topics        lower-case word stems of the issues it speaks to (matched against theme labels and key
 *                      terms); empty for a pattern that serves any issue
 * @param partners      its likely partners
 * @param scale         small, medium or large
 * @param weeks         how long it usually runs, in weeks
 * @param measure       how success is usually measured
 * @param fit           the stages it fits, by stage id, with why
 * @param unfit         the stages it does not fit, by stage id, with why
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActionPattern(String id, String title, String description, CivicLayer layer,
                            ParticipationLevel participation, List<String> grows, List<String> needs,
                            List<String> topics, List<PatternPartner> partners, PatternScale scale, int weeks,
                            String measure, Map<String, String> fit, Map<String, String> unfit) {
    public ActionPattern {
        Checks.id("id", id);
        Checks.notBlank("title", title);
        Checks.notBlank("description", description);
        Checks.notNull("layer", layer);
        Checks.notNull("participation", participation);
        grows = Checks.strings("grows", grows);
        needs = Checks.strings("needs", needs);
        topics = Checks.strings("topics", topics).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        partners = Checks.list("partners", partners);
        Checks.notNull("scale", scale);
        if (weeks < 1 || weeks > 520) {
            throw InvalidInputException.field("weeks", weeks, "must be between 1 and 520");
        }
        Checks.notBlank("measure", measure);
        fit = Checks.sortedMap("fit", fit);
        unfit = Checks.sortedMap("unfit", unfit);
        for (String stage : fit.keySet()) {
            if (unfit.containsKey(stage)) {
                throw InvalidInputException.field("unfit." + stage, unfit.get(stage),
                        "names a stage that fit also names: a pattern fits a stage or it does not");
            }
        }
    }

    /** Whether it is tagged as fitting the stage (an untagged stage does not fit: the catalogue has not judged it). */
    public boolean fits(String stageId) {
        return fit.containsKey(stageId);
    }

    /** Why it fits, or does not fit, the stage; empty when the catalogue has not judged that stage. */
    public Optional<String> why(String stageId) {
        return Optional.ofNullable(fit.containsKey(stageId) ? fit.get(stageId) : unfit.get(stageId));
    }
}
