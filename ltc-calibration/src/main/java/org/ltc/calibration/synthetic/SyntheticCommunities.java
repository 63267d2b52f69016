package org.ltc.calibration.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.ltc.model.stage.Anchor;
import org.ltc.model.stage.Dimension;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.PublicCapitalLevel;
import org.ltc.model.stage.PublicCapitalRating;
import org.ltc.model.stage.RatingScale;
import org.ltc.model.stage.Rounding;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageRule;

/**
 * Generates synthetic communities from a known model, and estimates that model's Bayes rate.
 *
 * <h2>The generative model</h2>
 * For a framework with K stages, D dimensions and scale [a, b], let t(s) = (s - 1)/(K - 1) place stage s in
 * [0, 1]. Each community, independently:
 * <ol>
 *   <li><b>Stage</b> s is uniform on 1..K; its <b>region</b> is uniform on {@code region-1..region-R},
 *       independent of the stage.</li>
 *   <li><b>Ratings</b>: dimension d has mean m(s, d) = a + (b - a)(0.2 + 0.6 t(s)) + lag(d), with lag(d) =
 *       (b - a)/8 * 0.3 * ((d mod 3) - 1) so dimensions do not move in lockstep. Each of the R raters has a
 *       leniency beta ~ N(0, raterBias^2) shared across the dimensions they score, and each score is
 *       m(s, d) + beta + e, e ~ N(0, ratingNoise^2). Scores are continuous and not clamped to the scale.</li>
 *   <li><b>Public capital</b>: each of Harwood's nine factors f gets a level l in {lacking 0, in pockets 1,
 *       abundant 2} with P(l | s) proportional to exp(l * g(f, s)), g(f, s) = 4 capitalStrength (t(s) - 1/2) +
 *       0.25 ((f mod 3) - 1): an adjacent-categories model.</li>
 *   <li><b>Notes</b>: each of N notes carries, with probability signalRate, a phrase from one of the five
 *       Harwood stage banks of {@link PhraseBank}: bank j with probability proportional to exp(-signalSharpness *
 *       |j - j*|), j* = round(4 t(s)); otherwise a neutral remark.</li>
 * </ol>
 * The observable features of a community are the mean score per dimension over raters ({@code rating.<d>}),
 * the factor levels ({@code capital.<f>}) and the number of notes from each bank ({@code signal.<stage>}).
 * These are sufficient statistics of the model, and the log-posterior of every stage is linear in them,
 * so a multinomial logistic regression can in principle reach the Bayes rate.
 *
 * <p>The <b>Bayes rate</b> ({@link #bayesRate}) is estimated by simulation: fresh communities are drawn from
 * the model, each is assigned its stage of highest exact posterior ({@link #posterior}), and the rate is the
 * share assigned correctly.
 *
 * <p>Deterministic: community i draws from the i-th split of a {@link SplittableRandom} seeded with the seed.
 */
public final class SyntheticCommunities {
    /** Harwood's nine public-capital factors (ids as in the SDK's built-in content). */
    public static final List<String> FACTORS = List.of("social-gatherings", "organized-spaces",
            "boundary-spanning-organizations", "safe-havens", "strong-diverse-leadership", "informal-networks",
            "conscious-community-discussion", "norms-for-public-life", "shared-purpose");

    private static final List<String> TEMPLATES = List.of("Honestly, %s.", "I think %s.", "People keep saying %s.",
            "At the meeting someone said %s.");

    private SyntheticCommunities() {
    }

    /**
     * The default framework: Harwood's five stages, six dimensions a team could rate 1-9 from what it heard,
     * stage = the mean score mapped onto the stages and rounded to the nearest. A stand-in built for
     * simulation (Harwood publishes no scoring protocol).
     */
    public static StageFramework defaultFramework() {
        List<Stage> stages = List.of(
                new Stage("waiting-place", 1, "The Waiting Place", "People wait for someone else to fix things."),
                new Stage("impasse", 2, "Impasse", "Enough is enough, but old patterns block working together."),
                new Stage("catalytic", 3, "Catalytic", "Small steps by a few people and groups; early results give hope."),
                new Stage("growth", 4, "Growth", "Clear progress; leadership expands; efforts link up."),
                new Stage("sustain-renew", 5, "Sustain and Renew", "Ready for the hardest issues; leadership must renew."));
        List<Dimension> dims = new ArrayList<>();
        String[][] d = {
                {"civic-spirit", "Civic spirit", "How much people believe they can act together."},
                {"leadership", "Leadership", "How broad and active community leadership is."},
                {"networks", "Networks", "How connected people and groups are."},
                {"shared-aspirations", "Shared aspirations", "How far people share a sense of direction."},
                {"capacity-to-act", "Capacity to act", "Whether groups have the means to act on what they want."},
                {"public-discussion", "Public discussion", "How open and productive public talk is."}};
        for (String[] x : d) {
            dims.add(new Dimension(x[0], x[1], x[2], List.of(new Anchor(1, "Absent"), new Anchor(5, "In places"),
                    new Anchor(9, "Strong and widespread"))));
        }
        return new StageFramework("synthetic-harwood", "Harwood's five stages (synthetic rating scheme)",
                "Stages after R. C. Harwood, Community Rhythms (1999); dimensions and scale are the LTC SDK's simulation design.",
                stages, dims, new RatingScale(1, 9), new StageRule(Rounding.NEAREST, Map.of()));
    }

    /** Generates {@code options.communities()} communities. */
    public static SyntheticDataset generate(SyntheticOptions options, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        List<SyntheticCommunity> out = new ArrayList<>(options.communities());
        int width = Math.max(4, String.valueOf(options.communities()).length());
        for (int i = 0; i < options.communities(); i++) {
            String id = String.format(Locale.ROOT, "c%0" + width + "d", i + 1);
            out.add(community(options, id, root.split()));
        }
        return new SyntheticDataset(options, seed, out);
    }

    private static double position(int stage, int k) {
        return (stage - 1) / (double) (k - 1);
    }

    /** m(s, d): the mean score of dimension index d at stage s. */
    static double mean(SyntheticOptions o, int stage, int d) {
        RatingScale sc = o.framework().scale();
        double span = sc.max() - sc.min();
        double t = position(stage, o.framework().stages().size());
        return sc.min() + span * (0.2 + 0.6 * t) + span / 8 * 0.3 * ((d % 3) - 1);
    }

    /** g(f, s): the adjacent-categories slope of factor index f at stage s. */
    static double capitalSlope(SyntheticOptions o, int stage, int f) {
        double t = position(stage, o.framework().stages().size());
        return 4 * o.capitalStrength() * (t - 0.5) + 0.25 * ((f % 3) - 1);
    }

    /** P(bank j | a signal note, stage s), j = 0..4. */
    static double[] bankProbabilities(SyntheticOptions o, int stage) {
        double t = position(stage, o.framework().stages().size());
        int centre = (int) Math.round(4 * t);
        double[] p = new double[5];
        double sum = 0;
        for (int j = 0; j < 5; j++) {
            p[j] = Math.exp(-o.signalSharpness() * Math.abs(j - centre));
            sum += p[j];
        }
        for (int j = 0; j < 5; j++) {
            p[j] /= sum;
        }
        return p;
    }

    private static SyntheticCommunity community(SyntheticOptions o, String id, SplittableRandom r) {
        StageFramework fw = o.framework();
        int k = fw.stages().size();
        int stage = 1 + r.nextInt(k);
        String region = "region-" + (1 + r.nextInt(o.regions()));
        List<IndicatorRating> ratings = new ArrayList<>();
        List<Dimension> dims = fw.dimensions();
        for (int j = 1; j <= o.raters(); j++) {
            double bias = o.raterBias() * r.nextGaussian();
            for (int d = 0; d < dims.size(); d++) {
                double score = mean(o, stage, d) + bias + o.ratingNoise() * r.nextGaussian();
                ratings.add(new IndicatorRating(dims.get(d).id(), score, "r" + j, null, List.of()));
            }
        }
        List<PublicCapitalRating> capital = new ArrayList<>();
        for (int f = 0; f < FACTORS.size(); f++) {
            double g = capitalSlope(o, stage, f);
            double p0 = 1;
            double p1 = Math.exp(g);
            double p2 = Math.exp(2 * g);
            double u = r.nextDouble() * (p0 + p1 + p2);
            PublicCapitalLevel level = u < p0 ? PublicCapitalLevel.LACKING
                    : u < p0 + p1 ? PublicCapitalLevel.IN_POCKETS : PublicCapitalLevel.ABUNDANT;
            capital.add(new PublicCapitalRating(FACTORS.get(f), level, "consensus", List.of()));
        }
        double[] banks = bankProbabilities(o, stage);
        List<String> notes = new ArrayList<>();
        Map<String, Integer> signals = new TreeMap<>();
        PhraseBank.STAGES.forEach(s -> signals.put(s, 0));
        for (int n = 0; n < o.notes(); n++) {
            if (r.nextDouble() < o.signalRate()) {
                double u = r.nextDouble();
                int j = 0;
                while (j < 4 && u >= banks[j]) {
                    u -= banks[j];
                    j++;
                }
                String bank = PhraseBank.STAGES.get(j);
                List<String> phrases = PhraseBank.phrases(bank);
                String phrase = phrases.get(r.nextInt(phrases.size()));
                notes.add(String.format(Locale.ROOT, TEMPLATES.get(r.nextInt(TEMPLATES.size())), phrase));
                signals.merge(bank, 1, Integer::sum);
            } else {
                String remark = PhraseBank.neutral().get(r.nextInt(PhraseBank.neutral().size()));
                notes.add(Character.toUpperCase(remark.charAt(0)) + remark.substring(1) + ".");
            }
        }
        return new SyntheticCommunity(id, region, stage, ratings, capital, notes, signals);
    }

    /** The observable features of a community, by name, in the order {@link #featureNames} gives. */
    public static double[] features(SyntheticOptions o, SyntheticCommunity c) {
        List<Dimension> dims = o.framework().dimensions();
        double[] x = new double[dims.size() + FACTORS.size() + PhraseBank.STAGES.size()];
        int[] counts = new int[dims.size()];
        for (IndicatorRating r : c.ratings()) {
            int d = indexOf(dims, r.dimensionId());
            x[d] += r.score();
            counts[d]++;
        }
        for (int d = 0; d < dims.size(); d++) {
            x[d] /= Math.max(1, counts[d]);
        }
        for (PublicCapitalRating p : c.publicCapital()) {
            x[dims.size() + FACTORS.indexOf(p.factorId())] = org.ltc.calibration.learn.CalibrationFeatures.level(p.level());
        }
        for (int b = 0; b < PhraseBank.STAGES.size(); b++) {
            x[dims.size() + FACTORS.size() + b] = c.signals().getOrDefault(PhraseBank.STAGES.get(b), 0);
        }
        return x;
    }

    /** The feature names: {@code rating.<dimension>}, {@code capital.<factor>}, {@code signal.<stage>}. */
    public static List<String> featureNames(SyntheticOptions o) {
        List<String> names = new ArrayList<>();
        o.framework().dimensions().forEach(d -> names.add("rating." + d.id()));
        FACTORS.forEach(f -> names.add("capital." + f));
        PhraseBank.STAGES.forEach(s -> names.add("signal." + s));
        return names;
    }

    private static int indexOf(List<Dimension> dims, String id) {
        for (int d = 0; d < dims.size(); d++) {
            if (dims.get(d).id().equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no dimension " + id);
    }

    /**
     * The exact posterior over stages of the true model, given a community's features (as from
     * {@link #features}). Ratings enter through their mean over raters, which is sufficient: given the stage,
     * it is Gaussian with covariance (ratingNoise^2 I + raterBias^2 11')/R.
     */
    public static double[] posterior(SyntheticOptions o, double[] x) {
        int k = o.framework().stages().size();
        int dCount = o.framework().dimensions().size();
        double se2 = o.ratingNoise() * o.ratingNoise();
        double sb2 = o.raterBias() * o.raterBias();
        double c = sb2 / (se2 + dCount * sb2);
        double[] log = new double[k];
        double[] diff = new double[dCount];
        for (int s = 1; s <= k; s++) {
            double sum = 0;
            double sq = 0;
            for (int d = 0; d < dCount; d++) {
                diff[d] = x[d] - mean(o, s, d);
                sum += diff[d];
                sq += diff[d] * diff[d];
            }
            double quad = (sq - c * sum * sum) / se2;
            double lp = -0.5 * o.raters() * quad;
            for (int f = 0; f < FACTORS.size(); f++) {
                double g = capitalSlope(o, s, f);
                double level = x[dCount + f];
                lp += level * g - Math.log(1 + Math.exp(g) + Math.exp(2 * g));
            }
            double[] banks = bankProbabilities(o, s);
            for (int b = 0; b < 5; b++) {
                lp += x[dCount + FACTORS.size() + b] * Math.log(banks[b]);
            }
            log[s - 1] = lp;
        }
        double max = java.util.Arrays.stream(log).max().orElse(0);
        double sum = 0;
        for (int s = 0; s < k; s++) {
            log[s] = Math.exp(log[s] - max);
            sum += log[s];
        }
        for (int s = 0; s < k; s++) {
            log[s] /= sum;
        }
        return log;
    }

    /**
     * The Bayes rate of the model: the accuracy of the exact-posterior classifier on {@code simulations}
     * fresh communities drawn with {@code seed}.
     */
    public static BayesRate bayesRate(SyntheticOptions options, int simulations, long seed) {
        SyntheticOptions o = options.toBuilder().communities(simulations).build();
        SyntheticDataset data = generate(o, seed);
        int right = 0;
        for (SyntheticCommunity c : data.communities()) {
            double[] p = posterior(o, features(o, c));
            int best = 0;
            for (int s = 1; s < p.length; s++) {
                if (p[s] > p[best]) {
                    best = s;
                }
            }
            right += best + 1 == c.stageNumber() ? 1 : 0;
        }
        double rate = right / (double) simulations;
        return new BayesRate(rate, Math.sqrt(rate * (1 - rate) / simulations), simulations, seed);
    }

    /**
     * An estimated Bayes rate.
     *
     * @param rate          the share of simulated communities the exact posterior placed correctly
     * @param standardError its binomial standard error
     * @param simulations   how many communities were simulated
     * @param seed          the seed they were drawn with
     */
    public record BayesRate(double rate, double standardError, int simulations, long seed) {
    }
}
