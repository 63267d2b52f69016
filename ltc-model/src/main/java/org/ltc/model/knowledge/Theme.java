package org.ltc.model.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ltc.model.Checks;

/**
 * Something the community said that recurs: named in residents' words, backed by notes.
 *
 * @param id         stable identifier within its theme set
 * @param label      a short name, in residents' own words where possible
 * @param category   the public-knowledge category it belongs to
 * @param keyTerms   the words and phrases that characterise it, most characteristic first
 * @param evidence   the notes that support it, strongest first
 * @param quotes     representative quotes, most representative first
 * @param breadth    how widely it was heard
 * @param intensity  how strongly it was felt, in [0, 1] (from agreement, votes or emphasis; 0 when unknown)
 * @param groupVotes how each opinion group voted on it (empty without votes)
 * @param consensus  agreement across opinion groups in [0, 1]: the mean over its voted statements of each
 *                   statement's group-informed consensus (Polis: the product of the groups' agree rates), so
 *                   statements that say opposite things do not pool into a false middle; {@code null} without votes
 * @param pinned     whether a person pinned it, so that a re-run keeps it
 * @param commonGround its statements every opinion group agreed with, most agreed first (empty without votes)
 * @param dividing   its statements on which the opinion groups' agree rates differ widely, widest first; a
 *                   theme with any is never one view (empty without votes)
 * @param parent     for a sub-theme, the id of the top-level theme it belongs to (in the same theme set);
 *                   {@code null} (absent in JSON) for a top-level theme or a themer with one level
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Theme(
        @NotBlank String id,
        @NotBlank String label,
        @NotNull ThemeCategory category,
        List<String> keyTerms,
        @Valid List<NoteRef> evidence,
        @Valid List<Quote> quotes,
        @NotNull @Valid Breadth breadth,
        @DecimalMin("0") @DecimalMax("1") double intensity,
        @Valid List<GroupVote> groupVotes,
        @DecimalMin("0") @DecimalMax("1") Double consensus,
        boolean pinned,
        @Valid List<StatementVote> commonGround,
        @Valid List<StatementVote> dividing,
        String parent) {

    public Theme {
        Checks.id("id", id);
        Checks.notBlank("label", label);
        category = category == null ? ThemeCategory.UNCATEGORISED : category;
        keyTerms = Checks.strings("keyTerms", keyTerms);
        evidence = Checks.list("evidence", evidence);
        Checks.uniqueIds("evidence", evidence, NoteRef::noteId);
        quotes = Checks.list("quotes", quotes);
        breadth = breadth == null ? Breadth.none() : breadth;
        Checks.inRange("intensity", intensity, 0, 1);
        groupVotes = Checks.list("groupVotes", groupVotes);
        if (consensus != null) {
            Checks.inRange("consensus", consensus, 0, 1);
        }
        commonGround = Checks.list("commonGround", commonGround);
        dividing = Checks.list("dividing", dividing);
        parent = Checks.optionalId("parent", parent);
        if (parent != null && parent.equals(id)) {
            throw org.ltc.model.InvalidInputException.field("parent", parent, "must name another theme");
        }
    }

    /** A top-level theme with its common-ground and dividing statements (as before themes had levels). */
    public Theme(String id, String label, ThemeCategory category, List<String> keyTerms, List<NoteRef> evidence,
                 List<Quote> quotes, Breadth breadth, double intensity, List<GroupVote> groupVotes, Double consensus,
                 boolean pinned, List<StatementVote> commonGround, List<StatementVote> dividing) {
        this(id, label, category, keyTerms, evidence, quotes, breadth, intensity, groupVotes, consensus, pinned,
                commonGround, dividing, null);
    }

    /** A theme without statement-level votes (as before common ground and division were kept). */
    public Theme(String id, String label, ThemeCategory category, List<String> keyTerms, List<NoteRef> evidence,
                 List<Quote> quotes, Breadth breadth, double intensity, List<GroupVote> groupVotes, Double consensus,
                 boolean pinned) {
        this(id, label, category, keyTerms, evidence, quotes, breadth, intensity, groupVotes, consensus, pinned,
                List.of(), List.of(), null);
    }

    /** Whether opinion groups divide on any of its statements, so it must not be presented as one view. */
    public boolean divides() {
        return !dividing.isEmpty();
    }

    /** The same theme with its common-ground and dividing statements. */
    public Theme withDivisions(List<StatementVote> newCommonGround, List<StatementVote> newDividing) {
        return new Theme(id, label, category, keyTerms, evidence, quotes, breadth, intensity, groupVotes,
                consensus, pinned, newCommonGround, newDividing, parent);
    }

    /** A theme with a label, category, terms and evidence; everything measured later starts empty. */
    public static Theme of(String id, String label, ThemeCategory category, List<String> keyTerms,
                           List<NoteRef> evidence) {
        return new Theme(id, label, category, keyTerms, evidence, List.of(), Breadth.none(), 0, List.of(), null,
                false, List.of(), List.of(), null);
    }

    /** Whether this is a top-level theme (it has no parent). */
    public boolean topLevel() {
        return parent == null;
    }

    /** The same theme as a sub-theme of {@code newParent}, or as a top-level theme when it is null. */
    public Theme withParent(String newParent) {
        return new Theme(id, label, category, keyTerms, evidence, quotes, breadth, intensity, groupVotes, consensus,
                pinned, commonGround, dividing, newParent);
    }

    /** How many notes support the theme. */
    public int frequency() {
        return evidence.size();
    }

    public Theme withLabel(String newLabel) {
        return new Theme(id, newLabel, category, keyTerms, evidence, quotes, breadth, intensity, groupVotes,
                consensus, pinned, commonGround, dividing, parent);
    }

    public Theme withCategory(ThemeCategory newCategory) {
        return new Theme(id, label, newCategory, keyTerms, evidence, quotes, breadth, intensity, groupVotes,
                consensus, pinned, commonGround, dividing, parent);
    }

    public Theme withEvidence(List<NoteRef> newEvidence) {
        return new Theme(id, label, category, keyTerms, newEvidence, quotes, breadth, intensity, groupVotes,
                consensus, pinned, commonGround, dividing, parent);
    }

    public Theme withPinned(boolean newPinned) {
        return new Theme(id, label, category, keyTerms, evidence, quotes, breadth, intensity, groupVotes,
                consensus, newPinned, commonGround, dividing, parent);
    }

    /** The same theme with the measures public-knowledge assembly computes. */
    public Theme withMeasures(List<Quote> newQuotes, Breadth newBreadth, double newIntensity,
                              List<GroupVote> newGroupVotes, Double newConsensus) {
        return new Theme(id, label, category, keyTerms, evidence, newQuotes, newBreadth, newIntensity, newGroupVotes,
                newConsensus, pinned, commonGround, dividing, parent);
    }
}
