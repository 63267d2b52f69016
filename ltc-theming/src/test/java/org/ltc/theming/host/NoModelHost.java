package org.ltc.theming.host;

import java.util.List;
import org.ltc.model.LtcException;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.theming.EmbeddingModels;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;

/**
 * A host's main, run by {@link NoModelHostTest} in a JVM whose class path lacks the optional embedding model
 * (langchain4j, ONNX Runtime, DJL): prints what the library finds and does, one fact a line.
 */
public final class NoModelHost {
    private NoModelHost() {
    }

    public static void main(String[] args) {
        ClassLoader loader = NoModelHost.class.getClassLoader();
        for (String c : List.of("dev.langchain4j.model.embedding.onnx.allminilml6v2q."
                + "AllMiniLmL6V2QuantizedEmbeddingModel", "ai.onnxruntime.OrtEnvironment")) {
            try {
                Class.forName(c, false, loader);
                System.out.println("present " + c);
            } catch (ClassNotFoundException e) {
                System.out.println("absent " + c);
            }
        }
        PluginRegistry<Themer> themers = Themers.discover(loader);
        System.out.println("themers " + themers.ids());
        System.out.println("models " + EmbeddingModels.discover(loader).ids());
        System.out.println("default " + Themers.defaultId(themers, loader));
        String[] texts = {"more buses to the library on weekends", "weekend bus service to the library",
            "buses should run later at night", "a bus stop near the library", "bus routes to the library",
            "the park needs more trees", "plant trees in the park", "shade trees for the park",
            "a playground in the park", "clean up the park paths"};
        List<Note> notes = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            notes.add(Note.of("n" + i, "c1", texts[i]));
        }
        ConversationSet set = ConversationSet.of("host", List.of(Conversation.of("c1", ConversationFormat.ONLINE)),
                notes);
        for (String id : themers.ids()) {
            try {
                ThemeSet t = themers.find(id).orElseThrow().theme(ThemingRequest.of(set, 1));
                System.out.println("themed " + id + " " + t.finest().size());
            } catch (LtcException e) {
                System.out.println("failed " + id + " " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
