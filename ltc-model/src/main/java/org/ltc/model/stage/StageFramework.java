package org.ltc.model.stage;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * A way of saying where a community stands: ordered stages, the dimensions raters score, the scale they
 * score on and the rule that turns scores into a stage. Two are built in (Harwood's five stages and the
 * Community Readiness Model); researchers may define their own.
 *
 * @param id         stable identifier, e.g. {@code "harwood-five-stages"}
 * @param name       its name
 * @param source     where the stages and scales come from, for attribution
 * @param stages     the stages in order; their numbers run 1..n
 * @param dimensions the dimensions raters score (may be empty for a framework judged as a whole)
 * @param scale      the rating scale of every dimension
 * @param rule       how scores become a stage
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageFramework(
        @NotBlank String id,
        @NotBlank String name,
        String source,
        @NotNull @Valid List<Stage> stages,
        @NotNull @Valid List<Dimension> dimensions,
        @NotNull @Valid RatingScale scale,
        @NotNull @Valid StageRule rule) {

    public StageFramework {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        source = Checks.optional(source);
        stages = Checks.list("stages", stages);
        if (stages.size() < 2) {
            throw InvalidInputException.field("stages", stages.size(), "must hold at least two stages");
        }
        Checks.uniqueIds("stages", stages, Stage::id);
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).number() != i + 1) {
                throw InvalidInputException.field("stages[" + i + "].number", stages.get(i).number(),
                        "must be " + (i + 1) + ": stages are numbered 1..n in order");
            }
        }
        dimensions = Checks.list("dimensions", dimensions);
        Checks.uniqueIds("dimensions", dimensions, Dimension::id);
        Checks.notNull("scale", scale);
        Checks.notNull("rule", rule);
        for (String d : rule.weights().keySet()) {
            if (dimensions.stream().noneMatch(x -> x.id().equals(d))) {
                throw InvalidInputException.field("rule.weights", d, "names no dimension of the framework");
            }
        }
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** The stage with the given number, from 1. */
    public Stage stage(int number) {
        if (number < 1 || number > stages.size()) {
            throw InvalidInputException.field("stage", number, "must be between 1 and " + stages.size());
        }
        return stages.get(number - 1);
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    /** The stage an overall score falls in, by this framework's rule. */
    public Stage stageFor(double overallScore) {
        return stage(rule.stageNumber(overallScore, scale, stages.size()));
    }
}
