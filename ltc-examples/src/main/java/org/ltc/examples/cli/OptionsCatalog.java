package org.ltc.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.ltc.model.plugin.OptionInfo;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.theming.cluster.KMeansOptions;
import org.ltc.theming.codebook.CodebookOptions;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;

/**
 * Every options record the tool knows that is bound by {@link OptionsBinder}, with its defaults: the source of
 * {@code ltc options} and of the README's option table (a test keeps the two equal).
 */
public final class OptionsCatalog {
    /** One plug-in's options: a name for people and its defaults. */
    public record Entry(String name, Record defaults) {
        public List<OptionInfo> options() {
            return OptionsBinder.describe(defaults);
        }
    }

    private OptionsCatalog() {
    }

    /** Every entry, in the order the README lists them. */
    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("kmeans themer", KMeansOptions.defaults()));
        out.add(new Entry("codebook themer", CodebookOptions.defaults()));
        out.add(new Entry("public knowledge", PublicKnowledgeOptions.defaults()));
        out.add(new Entry("disclosure (privacy)", DisclosurePolicy.defaults()));
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
