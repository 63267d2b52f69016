package org.ltc.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ltc.model.io.JsonSchemas;
import org.ltc.model.io.LtcJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ltc schema --out DIR}: the JSON Schema of every document kind, for hosts in other languages. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        description = "Write the JSON Schema (draft 2020-12) of every LTC document kind, one file per kind.",
        footer = {"", "Examples:", "  ltc schema --out schemas",
                "Writes DIR/<kind>.schema.json, e.g. schemas/conversation-set.schema.json.",
                "Validate with any JSON Schema tool, e.g. PHP opis/json-schema or Python jsonschema."})
final class SchemaCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the schemas to.")
    Path out;

    @Override
    public Integer call() {
        List<Path> written = JsonSchemas.writeAll(out);
        var stdout = spec.commandLine().getOut();
        if (common.json) {
            ObjectNode root = LtcJson.defaults().mapper().createObjectNode();
            ArrayNode files = root.putArray("schemas");
            written.forEach(p -> files.add(p.toString()));
            JsonOut.print(stdout, root);
        } else {
            written.forEach(p -> stdout.println("wrote " + p));
        }
        return LtcCommand.OK;
    }
}
