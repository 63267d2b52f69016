package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * One thing the library and its partners will do. Actions nest: a parent's progress rolls up from its
 * children (see the planning package of {@code ltc-calibration}).
 *
 * @param id            stable identifier
 * @param title         a short title
 * @param description   what it is, or {@code null}
 * @param owner         who is responsible (a person or role), or {@code null}
 * @param partners      who it works with
 * @param start         when it starts, or {@code null}
 * @param due           when it is due, or {@code null}
 * @param status        where it stands
 * @param percent       progress in [0, 100]
 * @param weight        its weight when a parent's progress rolls up (positive; 0, which is what the reader
 *                      gives an absent weight, stands for the default 1, so the schema accepts 0 too)
 * @param participation how much say the public gets (IAP2), or {@code null}
 * @param publicCapital ids of the public-capital factors it means to grow
 * @param themeIds      ids of the themes it answers
 * @param rationale     why this action, and why it fits the stage, or {@code null}
 * @param updates       dated progress reports, oldest first
 * @param children      its sub-actions
 * @param capacityIds   ids of the library's capacities (spaces, programmes, staff skills, partners) it draws on
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Action(
        @NotBlank String id,
        @NotBlank String title,
        String description,
        String owner,
        @Valid List<Partner> partners,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate start,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate due,
        @NotNull ActionStatus status,
        @DecimalMin("0") @DecimalMax("100") double percent,
        @PositiveOrZero double weight,
        ParticipationLevel participation,
        List<String> publicCapital,
        List<String> themeIds,
        String rationale,
        @Valid List<ProgressUpdate> updates,
        @Valid List<Action> children,
        List<String> capacityIds) {

    public Action {
        Checks.id("id", id);
        Checks.notBlank("title", title);
        description = Checks.optional(description);
        owner = Checks.optional(owner);
        partners = Checks.list("partners", partners);
        if (start != null && due != null && due.isBefore(start)) {
            throw InvalidInputException.field("due", due, "is before start " + start);
        }
        status = status == null ? ActionStatus.PROPOSED : status;
        Checks.inRange("percent", percent, 0, 100);
        if (weight == 0) {
            weight = 1; // absent in JSON: the default weight
        }
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw InvalidInputException.field("weight", weight, "must be a positive number");
        }
        publicCapital = Checks.strings("publicCapital", publicCapital);
        themeIds = Checks.strings("themeIds", themeIds);
        rationale = Checks.optional(rationale);
        updates = Checks.list("updates", updates);
        children = Checks.list("children", children);
        Checks.uniqueIds("children", children, Action::id);
        capacityIds = Checks.strings("capacityIds", capacityIds);
    }

    /** An action that cites no capacities (the form before {@code capacityIds} was added). */
    public Action(String id, String title, String description, String owner, List<Partner> partners, LocalDate start,
                  LocalDate due, ActionStatus status, double percent, double weight, ParticipationLevel participation,
                  List<String> publicCapital, List<String> themeIds, String rationale, List<ProgressUpdate> updates,
                  List<Action> children) {
        this(id, title, description, owner, partners, start, due, status, percent, weight, participation,
                publicCapital, themeIds, rationale, updates, children, List.of());
    }

    /** A proposed action with a title and nothing else yet. */
    public static Action of(String id, String title) {
        return new Action(id, title, null, null, List.of(), null, null, ActionStatus.PROPOSED, 0, 1, null, List.of(),
                List.of(), null, List.of(), List.of(), List.of());
    }

    public Action withChildren(List<Action> newChildren) {
        return new Action(id, title, description, owner, partners, start, due, status, percent, weight, participation,
                publicCapital, themeIds, rationale, updates, newChildren, capacityIds);
    }

    public Action withProgress(ActionStatus newStatus, double newPercent, List<ProgressUpdate> newUpdates) {
        return new Action(id, title, description, owner, partners, start, due, newStatus, newPercent, weight,
                participation, publicCapital, themeIds, rationale, newUpdates, children, capacityIds);
    }
}
