package org.ltc.examples.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Options;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.Provenance;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;

/**
 * A third-party themer that exists only in these test sources, registered by its own
 * {@code META-INF/services/org.ltc.theming.Themer} in the test resources: one theme per conversation, "what
 * each table said". It takes no options, so every {@code ltc.theming.by-conversation.*} property is unknown.
 */
public final class ConversationThemer implements Themer {
    private static final String PREFIX = "ltc.theming.by-conversation.";

    @Override
    public String id() {
        return "by-conversation";
    }

    @Override
    public ThemeSet theme(ThemingRequest request) {
        Options.under(PREFIX, request.options(), Set.of());
        request.cancellation().check("theming by conversation");
        ConversationSet set = request.conversations();
        Map<String, List<NoteRef>> byConversation = new TreeMap<>();
        int done = 0;
        for (Note n : set.notes()) {
            request.progress().progress("sorting notes", done++, set.notes().size());
            byConversation.computeIfAbsent(n.conversationId(), c -> new ArrayList<>()).add(NoteRef.of(n.id()));
        }
        request.progress().progress("sorting notes", done, set.notes().size());
        request.cancellation().check("theming by conversation");
        List<Theme> themes = new ArrayList<>();
        byConversation.forEach((c, refs) -> themes.add(Theme.of("conv-" + c, "What was said in conversation " + c,
                ThemeCategory.UNCATEGORISED, List.of(), refs)));
        return new ThemeSet(set.id(), themes, List.of(), Provenance.of(id(), version(), Map.of(), request.seed(),
                Hashing.sha256(LtcJson.defaults().write(set)), request.clock().instant()));
    }
}
