package org.ltc.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ltc.model.plugin.OptionInfo;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.calibration.action.PlannerOptions;
import org.ltc.calibration.learn.LogisticOptions;
import org.ltc.calibration.rubric.RubricOptions;
import org.ltc.calibration.signals.SignalsOptions;
import org.ltc.model.io.CsvImportOptions;
import org.ltc.model.io.PolisImportOptions;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.privacy.RedactionOptions;
import org.ltc.theming.label.KeyPhraseOptions;
import org.ltc.theming.topic.LdaOptions;
import org.ltc.theming.topic.LdaThemer;
import org.ltc.theming.cluster.KMeansOptions;
import org.ltc.theming.cluster.SemanticOptions;
import org.ltc.theming.codebook.CodebookOptions;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;
import org.ltc.theming.label.KeyPhraseOptions;

/**
 * Every options record the tool knows that is bound by {@link OptionsBinder}, with its defaults: the source of
 * {@code ltc options} and of the README's option table (a test keeps the two equal).
 */
public final class OptionsCatalog {
    /**
     * One plug-in's options: a name for people, its defaults, and the keys that have none (a caller must name
     * them; the defaults hold a stand-in that is not shown).
     */
    public record Entry(String name, Record defaults, String prefix, Set<String> required) {
        public Entry {
            required = Set.copyOf(required);
        }

        public Entry(String name, Record defaults, String prefix) {
            this(name, defaults, prefix, Set.of());
        }

        Entry(String name, Record defaults) {
            this(name, defaults, OptionsBinder.prefix(defaults.getClass()));
        }

        public List<OptionInfo> options() {
            return OptionsBinder.describe(defaults, prefix).stream().map(o -> !required.contains(o.key()) ? o
                    : new OptionInfo(o.key(), o.type(), "", "required", o.text(), o.aliases(), o.min(),
                    o.minInclusive(), o.max(), o.maxInclusive(), o.choices())).toList();
        }
    }

    private OptionsCatalog() {
    }

    /** Every entry, in the order the README lists them. */
    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("semantic themer", SemanticOptions.defaults()));
        out.add(new Entry("kmeans themer", KMeansOptions.defaults()));
        out.add(new Entry("codebook themer", CodebookOptions.defaults()));
        out.add(new Entry("key-phrase theme labeller", KeyPhraseOptions.defaults()));
        out.add(new Entry("public knowledge", PublicKnowledgeOptions.defaults()));
        out.add(new Entry("lda themer", LdaOptions.defaults()));
        out.add(new Entry("lda themer: text analysis", org.ltc.theming.text.TextAnalysisOptions.defaults(), LdaThemer.TEXT_PREFIX));
        out.add(new Entry("key-phrase labeller", KeyPhraseOptions.defaults()));
        out.add(new Entry("redaction (privacy)", RedactionOptions.defaults()));
        out.add(new Entry("disclosure (privacy)", DisclosurePolicy.defaults()));
        out.add(new Entry("csv import", CsvImportOptions.of("text"), OptionsBinder.prefix(CsvImportOptions.class),
                Set.of(OptionsBinder.prefix(CsvImportOptions.class) + "textColumn")));
        out.add(new Entry("polis import", PolisImportOptions.defaults()));
        out.add(new Entry("rubric calibrator", RubricOptions.defaults()));
        out.add(new Entry("signals calibrator", SignalsOptions.defaults()));
        out.add(new Entry("logistic calibrator", LogisticOptions.defaults()));
        out.add(new Entry("action planner", PlannerOptions.defaults()));
        return out;
    }

    /** The README section: one Markdown table per entry. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries()) {
            sb.append("**").append(e.name()).append("** (`").append(e.defaults().getClass().getSimpleName())
                    .append("`)\n\n").append(OptionsBinder.markdownTable(e.options())).append('\n');
        }
        return sb.toString();
    }
}
