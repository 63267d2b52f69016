package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ltc.model.io.LtcJson;
import org.ltc.model.plugin.OptionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ltc options [NAME]}: every {@code ltc.*} option a plug-in reads, with type, default and bounds. */
@Command(name = "options",
        mixinStandardHelpOptions = true,
        description = "List the ltc.* options each plug-in reads (key, type, default, allowed values, meaning). "
                + "Set them with --set KEY=VALUE on theme, or --option on calibrate.",
        footer = {"", "Examples:", "  ltc options", "  ltc options kmeans", "  ltc options --markdown"})
final class OptionsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Only options whose key or plug-in contains NAME.")
    String name;

    @Option(names = "--markdown", description = "Print Markdown tables (as in the README).")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown && name == null) {
            out.print(OptionsCatalog.markdown());
            return LtcCommand.OK;
        }
        ObjectNode root = LtcJson.defaults().mapper().createObjectNode();
        ArrayNode all = root.putArray("options");
        for (OptionsCatalog.Entry e : OptionsCatalog.entries()) {
            List<OptionInfo> infos = e.options().stream().filter(o -> name == null
                    || (e.name() + " " + o.key()).toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
                    .toList();
            if (infos.isEmpty()) {
                continue;
            }
            if (!common.json) {
                out.println(e.name() + ":");
            }
            for (OptionInfo o : infos) {
                if (common.json) {
                    ObjectNode n = all.addObject();
                    n.put("plugin", e.name());
                    n.put("key", o.key());
                    n.put("type", o.type());
                    n.put("default", o.defaultValue());
                    n.put("allowed", o.bounds());
                    n.put("text", o.text());
                } else {
                    out.println("  " + o.key() + " = " + (o.defaultValue().isEmpty() ? "(none)" : o.defaultValue())
                            + "  [" + o.type() + (o.bounds().isEmpty() ? "" : ", " + o.bounds()) + "]");
                    out.println("      " + o.text());
                }
            }
        }
        if (common.json) {
            out.println(root.toString());
        }
        return LtcCommand.OK;
    }
}
