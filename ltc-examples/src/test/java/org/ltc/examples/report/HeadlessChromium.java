package org.ltc.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a page in headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs) the way a
 * person would: it loads the file, we read back the DOM it built and keep a screenshot as a test artefact.
 * On CI a missing browser fails the test; on a developer's machine it skips.
 */
public final class HeadlessChromium {
    private HeadlessChromium() {
    }

    public static Path executable() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("headless Chromium is required on CI: .ci/run installs Debian's chromium");
        }
        Assumptions.abort("headless Chromium is not installed (apt-get install chromium)");
        return null;
    }

    /** The DOM text Chromium built for the page (no scripts run on our pages, so this is what is shown). */
    public static String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom", page.getParent().resolve("dom.out"));
    }

    /** Takes a screenshot, checks it is a real picture (not blank), and returns its path. */
    public static Path screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(page, "--screenshot=" + png.toAbsolutePath() + " --window-size=" + width + "," + height,
                page.getParent().resolve("shot.out"));
        assertTrue(Files.size(png) > 10_000, "screenshot has content: " + Files.size(png) + " bytes");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "the page shows text and charts, not a blank screen: " + colours.size());
        return png;
    }

    private static String run(Path page, String action, Path output) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("ltc-chromium");
        List<String> cmd = new ArrayList<>(List.of(executable().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(action.split(" ")));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(output.toFile())
                .redirectError(output.resolveSibling(output.getFileName() + ".err").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(output.resolveSibling(output.getFileName() + ".err")));
        return read(output);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
