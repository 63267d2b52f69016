package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.ltc.model.Checks;

/**
 * How progress is shared back with the community.
 *
 * @param channels how (a public meeting, the library newsletter, a display in the branch)
 * @param cadence  how often, e.g. {@code "monthly"}, or {@code null}
 * @param audience to whom, or {@code null}
 * @param next     the next date, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ShareBackPlan(List<String> channels, String cadence, String audience,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate next) {
    public ShareBackPlan {
        channels = Checks.strings("channels", channels);
        cadence = Checks.optional(cadence);
        audience = Checks.optional(audience);
    }

    /**
     * The channels as a sentence names them after "through", joined by "; ": each as written, but a channel that
     * starts with an article before a lower-case word is a common noun phrase, whose article a sentence does not
     * capitalise ("through a short public session at the library"); a name such as "The Daily News" keeps its
     * capital. One wording for every page and document that says how the library will report back.
     */
    public String channelsInSentence() {
        List<String> out = new java.util.ArrayList<>(channels.size());
        for (String c : channels) {
            out.add(commonNounPhrase(c) ? Character.toLowerCase(c.charAt(0)) + c.substring(1) : c);
        }
        return String.join("; ", out);
    }

    private static boolean commonNounPhrase(String channel) {
        for (String article : List.of("A ", "An ", "The ")) {
            if (channel.startsWith(article) && channel.length() > article.length()
                    && Character.isLowerCase(channel.charAt(article.length()))) {
                return true;
            }
        }
        return false;
    }
}
