package org.ltc.examples.cli;

import java.io.PrintWriter;
import org.ltc.model.plugin.ProgressListener;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one progress bar every long-running command shows: a single line on stderr, redrawn in place, only
 * when a person is watching (stderr is a terminal and {@code --json} is off), so pipes and logs stay clean.
 * Redraws at most once per percent or phase change, because listeners can be called per item.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
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
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent && newPhase.equals(phase)) {
            return;
        }
        phase = newPhase;
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + String.format("%3d%% ", percent) + phase + "\u001b[K");
        err.flush();
        drawn = true;
        if (percent == 100 && total > 0) {
            finish();
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
