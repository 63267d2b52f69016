package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ltc.model.plugin.ProgressListener;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one progress bar every long-running command shows: a single line on stderr, redrawn in place, only
 * when a person is watching (stderr is a terminal and {@code --json} is off), so pipes and logs stay clean.
 * Redraws at most once per percent or phase change, because listeners can be called per item.
 */
final class ProgressBar implements ProgressListener {
    private final PrintWriter err;
    private final String label;
    private String phase = "";
    private int lastPercent = -1;
    private boolean drawn;

    private ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** A bar for the command's stderr, or a silent listener when nobody watches. */
    static ProgressListener onStderr(CommandSpec spec, String label, boolean json) {
        if (json || System.console() == null) {
            return ProgressListener.none();
        }
        return new ProgressBar(spec.commandLine().getErr(), label);
    }

    @Override
    public synchronized void progress(String newPhase, long done, long total) {
        int percent = total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent && newPhase.equals(phase) && percent >= 0) {
            return;
        }
        phase = newPhase;
        lastPercent = percent;
        err.print("\r" + label + " " + line(phase, done, total) + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** One bar: the phase, 20 cells and the percent; a bare count when the total is unknown. */
    static String line(String phase, long done, long total) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%-32s %d", phase, done);
        }
        int pct = (int) Math.min(100, 100 * done / total);
        int filled = pct / 5;
        return String.format(Locale.ROOT, "%-32s [%s%s] %3d%%", phase, "#".repeat(filled), ".".repeat(20 - filled), pct);
    }

    /** Ends a bar's line, if the listener is a bar that drew one. */
    static void finish(ProgressListener listener) {
        if (listener instanceof ProgressBar bar) {
            bar.finish();
        }
    }

    /** Ends the line, so what follows starts on a fresh one. */
    synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
