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

    /** What axe-core found on a page at one window width, and how wide the page laid out. */
    public record Audit(int width, int scrollWidth, String violations) {
        /** The violations of serious or critical impact, one per line ("" when none). */
        public String serious() {
            StringBuilder sb = new StringBuilder();
            for (String line : violations.split("\n")) {
                if (line.startsWith("serious ") || line.startsWith("critical ")) {
                    sb.append(line).append('\n');
                }
            }
            return sb.toString();
        }
    }

    /** axe-core as {@code .ci/run} installs it (npm package {@code axe-core}, MPL-2.0, test only). */
    public static Path axe() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("ltc-examples/node_modules/axe-core/axe.min.js");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("axe-core is required on CI: .ci/run installs it with "
                    + "npm install --no-save --no-package-lock --prefix ltc-examples axe-core@4.14.1");
        }
        Assumptions.abort("axe-core is not installed (npm install --no-save --prefix ltc-examples axe-core)");
        return null;
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules) on a copy of the page in Chromium at {@code width} pixels, and reads
     * back the violations and the page's scroll width (wider than the window means sideways scrolling).
     */
    public static Audit audit(Path page, int width) throws IOException, InterruptedException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String probe = "<script>" + Files.readString(axe(), StandardCharsets.UTF_8) + "</script>\n<script>"
                + "axe.run(document,{runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                + ".then(function(r){var p=document.createElement('pre');p.id='ltc-audit';"
                + "p.textContent='SCROLL '+widest()+'\\n'+r.violations.map(function(v){"
                + "return v.impact+' '+v.id+' '+v.nodes.length+' '+v.nodes.slice(0,3).map(function(n){"
                + "return n.target.join(' ')}).join(' | ')}).join('\\n')+'\\nEND';"
                + "document.body.appendChild(p);});"
                // The right edge of the widest element not inside a region that scrolls or clips by itself.
                + "function widest(){var m=0;document.querySelectorAll('body *').forEach(function(e){"
                + "for(var a=e.parentElement;a&&a!==document.body;a=a.parentElement){"
                + "if(getComputedStyle(a).overflowX!=='visible')return;}"
                + "var r=e.getBoundingClientRect().right;if(r>m)m=r;});return Math.ceil(m);}</script>\n";
        // Headless Chromium lays a page out at least 500 px wide whatever the window size, so a narrower phone is
        // simulated by fixing the root element's width (the page's own media queries see a narrow viewport).
        if (width < 500) {
            html = html.replace("</head>", "<style>html{width:" + width + "px}</style></head>");
        }
        Path copy = page.resolveSibling("audit-" + width + "-" + page.getFileName());
        Files.writeString(copy, html.replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
        String dom = run(copy, "--virtual-time-budget=30000 --window-size=" + width + ",1200 --dump-dom",
                page.getParent().resolve("audit-" + width + ".out"));
        int start = dom.indexOf("<pre id=\"ltc-audit\">");
        int end = start < 0 ? -1 : dom.indexOf("\nEND</pre>", start);
        if (start < 0 || end < 0) {
            throw new AssertionError("axe-core did not report on " + copy + " (is the script blocked?)");
        }
        String[] lines = dom.substring(start + "<pre id=\"ltc-audit\">".length(), end).split("\n", 2);
        return new Audit(width, Integer.parseInt(lines[0].substring("SCROLL ".length()).strip()),
                lines.length > 1 ? lines[1].replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&") : "");
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
