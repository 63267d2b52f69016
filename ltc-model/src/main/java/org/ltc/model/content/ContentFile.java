package org.ltc.model.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.stage.PublicCapitalFactor;
import org.ltc.model.stage.StageFramework;

/**
 * One content file as it is stored: a citation of where its content comes from, and any of conversation
 * guides, stage frameworks and public-capital factors. The built-in files under
 * {@code org/ltc/model/content/} have this shape, and so must a host's replacement files.
 *
 * <pre>{@code
 * {"source": "Where this comes from, for attribution and licensing",
 *  "guides": [ ... ConversationGuide ... ],
 *  "frameworks": [ ... StageFramework ... ],
 *  "publicCapitalFactors": [ ... PublicCapitalFactor ... ]}
 * }</pre>
 *
 * @param source               the citation: every file must say where its wording comes from
 * @param guides               conversation guides
 * @param frameworks           stage frameworks
 * @param publicCapitalFactors public-capital factors
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContentFile(@NotBlank String source, @Valid List<ConversationGuide> guides,
                          @Valid List<StageFramework> frameworks,
                          @Valid List<PublicCapitalFactor> publicCapitalFactors) {
    public ContentFile {
        Checks.notBlank("source", source);
        guides = Checks.list("guides", guides);
        frameworks = Checks.list("frameworks", frameworks);
        publicCapitalFactors = Checks.list("publicCapitalFactors", publicCapitalFactors);
    }
}
