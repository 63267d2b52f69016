package org.ltc.calibration.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ltc.model.Checks;

/**
 * One result of the {@link IntentionalityCheck}.
 *
 * @param test     which test: authority, authenticity, accountability or stage fit
 * @param verdict  pass or concern
 * @param actionId the action it is about, or {@code null} for the plan as a whole
 * @param rule     a short stable id of the rule, e.g. {@code "no-partner"}, for hosts that filter findings
 * @param reason   what was found, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(Test test, Verdict verdict, String actionId, String rule, String reason) {
    public Finding {
        Checks.notNull("test", test);
        Checks.notNull("verdict", verdict);
        Checks.notBlank("rule", rule);
        Checks.notBlank("reason", reason);
    }

    public boolean concern() {
        return verdict == Verdict.CONCERN;
    }

    /** One line: {@code CONCERN  accountability  action-id  rule  reason}. */
    public String line() {
        return verdict + "\t" + test.id() + "\t" + (actionId == null ? "(plan)" : actionId) + "\t" + rule + "\t" + reason;
    }

    /** The tests: Harwood's 3A's behind the intentionality tests, and fit to the community's stage. */
    public enum Test {
        /** Would people believe us when we speak of their aspirations? Work with and through the community. */
        AUTHORITY,
        /** Do we reflect their reality? Grounded in what people said. */
        AUTHENTICITY,
        /** Do we keep our promises? Owners, dates, measures, share-back. */
        ACCOUNTABILITY,
        /** Does the strategy fit where the community stands? */
        STAGE_FIT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Pass or concern. */
    public enum Verdict {
        PASS,
        CONCERN
    }
}
