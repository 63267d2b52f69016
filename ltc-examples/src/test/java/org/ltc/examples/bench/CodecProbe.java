package org.ltc.examples.bench;

import com.sun.management.ThreadMXBean;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;

/**
 * The codec probe of issue 16, as a reproducible main (not a test: speed is not asserted): the time to call
 * {@code LtcJson.defaults()} 1,000 times, and the bytes this thread allocates writing a set of 100,000 notes
 * to a stream. Run after {@code mvn -B -ntp -q -DskipTests package}:
 *
 * <pre>
 * java -cp ltc-examples/target/ltc.jar:ltc-examples/target/test-classes org.ltc.examples.bench.CodecProbe
 * </pre>
 */
public final class CodecProbe {
    private CodecProbe() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        LtcJson.defaults(); // class loading out of the measurement
        long t0 = System.nanoTime();
        int sink = 0;
        for (int i = 0; i < 1000; i++) {
            sink += System.identityHashCode(LtcJson.defaults());
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        List<Note> notes = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            notes.add(Note.of("n" + i, "c1", "Note number " + i + ": the bus should run later on weekdays and the "
                    + "library should open on Sundays for families."));
        }
        ConversationSet set = ConversationSet.of("probe", List.of(Conversation.of("c1", org.ltc.model.conversation.ConversationFormat.values()[0])), notes);
        LtcJson json = LtcJson.defaults();
        json.write(set, OutputStream.nullOutputStream()); // warm-up
        long a0 = mx.getThreadAllocatedBytes(tid);
        json.write(set, OutputStream.nullOutputStream());
        long bytes = mx.getThreadAllocatedBytes(tid) - a0;
        System.out.printf(Locale.ROOT, "LtcJson.defaults() x1000: %.1f ms (%.3f ms each)%n", ms, ms / 1000);
        System.out.printf(Locale.ROOT, "write 100,000 notes to a stream: %.3f MB allocated (%d bytes)%n", bytes / 1e6, bytes);
        if (sink == 42) {
            System.out.println();
        }
    }
}
