package org.ltc.calibration;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.ltc.model.Checks;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.PublicCapitalRating;

/**
 * Helpers every calibrator needs: the SHA-256 of an input for provenance, the provenance itself, and the
 * evidence ids an input offers, which are the ids a {@link org.ltc.model.stage.Reason} may cite.
 *
 * <p>Stateless and thread-safe.
 */
public final class CalibrationInputs {

    private CalibrationInputs() {
    }

    /**
     * The input digest recorded as {@code inputSha256} (see {@link Provenance#digest(Object)}). When the notes are
     * the only evidence besides what is made from them (public knowledge) and the framework, it is the digest of
     * the notes, so a stage assessment cites the same hash as the theme set and the public knowledge made from
     * those notes (the full evidence digest is recorded in an {@code evidence} step); when ratings, public-capital
     * ratings or indicators are given too, it is the digest of all the evidence ({@link #evidenceSha256}), so any
     * change to the input changes it.
     */
    public static String sha256(CalibrationInput input) {
        Checks.notNull("input", input);
        return notesAreTheInput(input) ? Provenance.digest(input.conversations()) : evidenceSha256(input);
    }

    private static boolean notesAreTheInput(CalibrationInput input) {
        return input.conversations() != null && input.ratings().isEmpty() && input.publicCapital().isEmpty()
                && input.indicators().isEmpty();
    }

    /**
     * The digest of all the input's data (framework, ratings, public-capital ratings, public knowledge, notes,
     * indicators). Options and seed are not part of it: provenance records them apart.
     */
    public static String evidenceSha256(CalibrationInput input) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("framework", input.framework());
        data.put("ratings", input.ratings());
        data.put("publicCapital", input.publicCapital());
        data.put("knowledge", input.knowledge());
        data.put("conversations", input.conversations());
        data.put("indicators", input.indicators());
        return Provenance.digest(data);
    }

    /**
     * Provenance for an assessment of {@code input} by {@code calibrator}: its id and version, the options
     * that shaped the result (defaults included, as {@code ltc.calibration.*} properties), the input's seed
     * and hash, and the time of the input's clock.
     */
    public static Provenance provenance(Calibrator calibrator, CalibrationInput input, Map<String, String> options) {
        Checks.notNull("calibrator", calibrator);
        Provenance p = Provenance.of(calibrator.id(), calibrator.version(), options, input.seed(), sha256(input),
                input.clock().instant());
        return !notesAreTheInput(input) ? p : p.withStep(new org.ltc.model.provenance.ProvenanceStep("evidence",
                Map.of("evidenceSha256", evidenceSha256(input)), null));
    }

    /** A reference to the rating at {@code index} of {@link CalibrationInput#ratings()}: {@code ratings/3}. */
    public static String ratingRef(int index) {
        return "ratings/" + index;
    }

    /** A reference to the public-capital rating at {@code index}: {@code publicCapital/2}. */
    public static String publicCapitalRef(int index) {
        return "publicCapital/" + index;
    }

    /**
     * Every id a reason may cite for this input: note, conversation and participant ids; theme ids; the
     * evidence, interview, rater and dimension ids of the ratings and their references ({@link #ratingRef});
     * public-capital factor ids, their evidence and references; indicator names.
     */
    public static Set<String> evidenceIds(CalibrationInput input) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < input.ratings().size(); i++) {
            IndicatorRating r = input.ratings().get(i);
            ids.add(ratingRef(i));
            ids.add(r.dimensionId());
            addIfPresent(ids, r.interviewId());
            addIfPresent(ids, r.raterId());
            ids.addAll(r.evidence());
        }
        for (int i = 0; i < input.publicCapital().size(); i++) {
            PublicCapitalRating r = input.publicCapital().get(i);
            ids.add(publicCapitalRef(i));
            ids.add(r.factorId());
            addIfPresent(ids, r.raterId());
            ids.addAll(r.evidence());
        }
        if (input.conversations() != null) {
            input.conversations().conversations().forEach(c -> ids.add(c.id()));
            input.conversations().participants().forEach(p -> ids.add(p.id()));
            for (Note n : input.conversations().notes()) {
                ids.add(n.id());
            }
        }
        if (input.knowledge() != null) {
            for (Theme t : input.knowledge().themes()) {
                ids.add(t.id());
                t.evidence().stream().map(NoteRef::noteId).forEach(ids::add);
                t.quotes().stream().map(Quote::noteId).forEach(ids::add);
            }
        }
        ids.addAll(input.indicators().keySet());
        return ids;
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
