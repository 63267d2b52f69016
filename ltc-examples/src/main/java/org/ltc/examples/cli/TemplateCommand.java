package org.ltc.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.Consent;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.io.ConversationFrameCsv;
import org.ltc.model.io.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ltc template notes}: the spreadsheets a library's note-takers fill in: the notes, the guide (the
 * built-in ten-question community-conversation guide, ready to edit) and the conversations, which
 * {@code ltc import} reads unchanged.
 */
@Command(name = "template",
        mixinStandardHelpOptions = true,
        description = {"Write spreadsheet templates to fill in. 'notes' writes three CSV files side by side: the "
                + "notes (one row per note), guide.csv (the built-in ten-question conversation guide with each "
                + "question's category, to edit) and conversations.csv (each conversation's title, format, date "
                + "and place). ltc import reads them as they are; replace the example rows with your own."},
        footer = {"", "Examples:",
                "  ltc template notes --out notes.csv",
                "  ltc import --csv notes.csv --text-column text --note-id-column note_id \\",
                "      --conversation-column conversation --question-column question --participant-column participant \\",
                "      --segment-column neighbourhood --guide guide.csv --conversations conversations.csv \\",
                "      --community \"Our town\" --out notes.json"})
final class TemplateCommand implements Callable<Integer> {
    /** The notes template's columns, in the order the import command above maps them. */
    static final List<String> NOTE_COLUMNS = List.of("note_id", "conversation", "question", "participant",
            "neighbourhood", "text");

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "Which template: notes.")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The notes file to write; "
            + "guide.csv and conversations.csv go beside it.")
    Path out;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Override
    public Integer call() {
        if (!"notes".equals(kind)) {
            throw new InvalidOptionsException("KIND", kind, "must be notes");
        }
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("notes", out);
        files.put("guide", out.resolveSibling("guide.csv"));
        files.put("conversations", out.resolveSibling("conversations.csv"));
        if (!force) {
            for (Path p : files.values()) {
                if (Files.exists(p)) {
                    throw new InvalidOptionsException("--out", p, "would overwrite a file that exists (give --force "
                            + "to overwrite it)");
                }
            }
        }
        ConversationGuide guide = ContentLibrary.builtIn().guide(ContentLibrary.COMMUNITY_CONVERSATION).orElseThrow();
        Conversation example = new Conversation("c1", "Main branch conversation", "Main branch, community room",
                LocalDate.of(2026, 3, 4), ConversationFormat.KITCHEN_TABLE, null, null, 0, Consent.anonymousQuotes(),
                null);
        StringBuilder notes = new StringBuilder(String.join(",", NOTE_COLUMNS)).append('\n');
        notes.append("n1,c1,q1,p1,Riverside,\"Example note: what a resident said, in their words (replace this row)\"\n");
        notes.append("n2,c1,q3,p2,North Hills,\"Example note: another resident's answer to question q3\"\n");
        TextFiles.writeAtomically(files.get("notes"), notes.toString());
        TextFiles.writeAtomically(files.get("guide"), ConversationFrameCsv.guideCsv(guide));
        TextFiles.writeAtomically(files.get("conversations"), ConversationFrameCsv.conversationsCsv(List.of(example)));
        var o = spec.commandLine().getOut();
        if (common.json) {
            var root = JsonOut.object();
            files.forEach((k, p) -> root.put(k, p.toString()));
            root.put("guide_questions", guide.questions().size());
            JsonOut.print(o, root);
            return LtcCommand.OK;
        }
        files.forEach((k, p) -> o.println("wrote " + p));
        o.println("The guide is '" + guide.title() + "' (" + guide.questions().size() + " questions); edit the "
                + "questions' text and category as your guide has them.");
        o.println("Then: ltc import --csv " + out + " --text-column text --note-id-column note_id "
                + "--conversation-column conversation --question-column question --participant-column participant "
                + "--segment-column neighbourhood --guide " + files.get("guide") + " --conversations "
                + files.get("conversations") + " --community \"Our town\" --out notes.json");
        return LtcCommand.OK;
    }
}
