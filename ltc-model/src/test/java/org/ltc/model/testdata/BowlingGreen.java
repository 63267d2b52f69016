package org.ltc.model.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.PolisImport;

/**
 * The Bowling Green / Warren County Polis conversation (2018, CC BY 4.0, The Computational Democracy Project)
 * read into a {@link ConversationSet} for tests, through the SDK's own {@link PolisImport}. Data is read in place from {@code shared/data}, never copied.
 */
public final class BowlingGreen {
    private BowlingGreen() {
    }

    /** The {@code shared/data/polis-bowling-green} folder, found by walking up from the working directory. */
    public static Optional<Path> folder() {
        return SharedData.root().map(r -> r.resolve("polis-bowling-green")).filter(Files::isDirectory);
    }

    /** The folder; skips the calling test when it is missing, or fails it under {@code CI=true}. */
    public static Path requireFolder() {
        return SharedData.dir("polis-bowling-green");
    }

    /** Every statement (with its moderation), every participant with an opinion group, every vote. */
    public static ConversationSet read(Path folder) {
        return PolisImport.importDirectory(folder).conversationSet();
    }
}
