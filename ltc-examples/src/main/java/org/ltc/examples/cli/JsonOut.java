package org.ltc.examples.cli;

import java.io.PrintWriter;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.io.LtcJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one style of every command's {@code --json} output: one compact JSON object on one line of stdout, so
 * a script can read each result (or error) as a JSON Lines record. Documents written to files stay pretty.
 */
final class JsonOut {
    private static final LtcJson JSON = LtcJson.defaults();
    private static final ObjectWriter COMPACT = JSON.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private JsonOut() {
    }

    /** A new empty object node to fill. */
    static ObjectNode object() {
        return JSON.mapper().createObjectNode();
    }

    /** Prints {@code value} (a tree, a map or a record) as one compact line. */
    static void print(PrintWriter out, Object value) {
        out.println(COMPACT.writeValueAsString(value));
        out.flush();
    }

    /** Prints an SDK document in its envelope ({@code format}, {@code version}, {@code kind}, {@code data}). */
    static void printDocument(PrintWriter out, Object document) {
        print(out, JSON.envelope(document));
    }

    /** Prints JSON text another writer made pretty, re-written compact. */
    static void printText(PrintWriter out, String json) {
        JsonNode tree = JSON.mapper().readTree(json);
        print(out, tree);
    }

    /**
     * {@code {"error": {...}}}: the command, the exit code, the one-line message and, when the exception says
     * them, the file, location, field or option and the rejected value.
     */
    static ObjectNode error(String command, int exitCode, String message, Throwable e) {
        ObjectNode root = object();
        ObjectNode err = root.putObject("error");
        err.put("command", command);
        err.put("exitCode", exitCode);
        err.put("kind", e instanceof InvalidInputException ? "input"
                : e instanceof InvalidOptionsException || e == null ? "usage" : "failure");
        err.put("message", message);
        if (e instanceof InvalidInputException in) {
            putIfPresent(err, "source", in.source());
            putIfPresent(err, "location", in.location());
            putIfPresent(err, "field", in.field());
            putIfPresent(err, "rejectedValue", in.rejectedValue() == null ? null
                    : InvalidInputException.abbreviate(in.rejectedValue()));
        } else if (e instanceof InvalidOptionsException op) {
            putIfPresent(err, "option", op.option());
            putIfPresent(err, "rejectedValue", op.rejectedValue() == null ? null
                    : InvalidInputException.abbreviate(op.rejectedValue()));
        }
        return root;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
