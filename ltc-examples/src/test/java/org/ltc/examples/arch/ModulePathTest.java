package org.ltc.examples.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.io.JacksonRequirements;
import org.ltc.model.testdata.Slow;

/**
 * The SDK as a host uses it, outside the test class path: a named module on the module path that finds every
 * built-in plug-in (before: {@code ServiceConfigurationError: module org.ltc.model does not declare 'uses'}),
 * and a host whose {@code jackson-annotations} is too old, which must fail at once with a message saying what
 * to add (before: {@code NoClassDefFoundError: JsonSerializeAs} in the middle of a write). Each runs a separate
 * JVM, as a host would.
 */
@Slow
class ModulePathTest {
    /** The library modules and what they need at run time: what a host's module path holds. */
    private static final Pattern LIBRARY_PATH = Pattern.compile(
            ".*(ltc-(model|theming|calibration)[/\\\\]target[/\\\\]classes|ltc-(model|theming|calibration)-[^/\\\\]*"
                    + "(?<!tests)\\.jar|jackson-(annotations|core|databind)-[^/\\\\]*\\.jar|jakarta\\.[a-z.]+-api-[^/\\\\]*"
                    + "\\.jar|hibernate-validator-[^/\\\\]*\\.jar|jboss-logging-[^/\\\\]*\\.jar|classmate-[^/\\\\]*\\.jar"
                    + "|slf4j-api-[^/\\\\]*\\.jar|lucene-(core|analysis-common)-[^/\\\\]*\\.jar)$");

    private static List<String> libraryPath() {
        List<String> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (LIBRARY_PATH.matcher(entry).matches()) {
                path.add(entry);
            }
        }
        return path;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    record Result(int code, String out) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the host JVM did not finish");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void aNamedModuleHostFindsEveryBuiltInPlugin(@TempDir Path dir) throws Exception {
        List<String> modulePath = libraryPath();
        assertTrue(modulePath.size() >= 8, "library path incomplete: " + modulePath);
        Path src = dir.resolve("src/host");
        Files.createDirectories(src.resolve("host"));
        Files.writeString(src.resolve("module-info.java"), """
                module host {
                    requires org.ltc.theming;
                    requires org.ltc.calibration;
                }
                """);
        Files.writeString(src.resolve("host/Main.java"), """
                package host;

                import org.ltc.calibration.Calibrators;
                import org.ltc.model.io.LtcJson;
                import org.ltc.model.provenance.Provenance;
                import org.ltc.theming.Themers;

                public final class Main {
                    public static void main(String[] args) {
                        ClassLoader loader = Main.class.getClassLoader();
                        System.out.println("module " + Main.class.getModule().getName());
                        System.out.println("themers " + Themers.discover(loader).ids());
                        System.out.println("calibrators " + Calibrators.discover(loader).ids());
                        // Records are read and written by Jackson through the module's opens.
                        Provenance p = Provenance.of("host", "1", java.util.Map.of(), 7L, "0".repeat(64),
                                java.time.Instant.parse("2026-01-01T00:00:00Z"));
                        LtcJson json = LtcJson.defaults();
                        System.out.println("json " + json.mapper().readValue(json.mapper().writeValueAsString(p), Provenance.class)
                                .equals(p));
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null, List.of("-d", classes.toString(), "--module-path",
                String.join(File.pathSeparator, modulePath)), null, javac.getStandardFileManager(null, null,
                StandardCharsets.UTF_8).getJavaFileObjects(src.resolve("module-info.java"),
                src.resolve("host/Main.java"))).call();
        assertTrue(ok, diagnostics.toString());
        List<String> command = new ArrayList<>(List.of(java(), "--module-path",
                classes + File.pathSeparator + String.join(File.pathSeparator, modulePath), "-m", "host/host.Main"));
        Result r = run(command);
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("module host"), r.out());
        assertTrue(r.out().contains("themers [codebook, kmeans, lda, semantic]"), r.out());
        assertTrue(r.out().contains("calibrators [logistic, rubric, signals]"), r.out());
        assertTrue(r.out().contains("json true"), r.out());
    }

    /** The class path with the SDK's jackson-annotations swapped for {@code version}'s. */
    private static Result runJsonProbeWithAnnotations(String version) throws Exception {
        Path jar = Path.of("target", "jackson-annotations-old", "jackson-annotations-" + version + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " is copied there by the build (maven-dependency-plugin)");
        List<String> cp = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            cp.add(entry.matches(".*jackson-annotations-[^/\\\\]*\\.jar") ? jar.toAbsolutePath().toString() : entry);
        }
        return run(List.of(java(), "-cp", String.join(File.pathSeparator, cp), JsonProbe.class.getName()));
    }

    @Test
    void anOlderJacksonAnnotationsFailsAtOnceSayingWhatToAdd() throws Exception {
        // 2.18.2: what a host on Jackson 2.18 brings; 2.21: the release just below the stated minimum.
        for (String old : List.of("2.18.2", "2.21")) {
            Result r = runJsonProbeWithAnnotations(old);
            assertNotEquals(0, r.code(), r.out());
            assertTrue(r.out().contains("jackson-annotations " + old + " is on the class path")
                    && r.out().contains("com.fasterxml.jackson.core:jackson-annotations:"
                            + JacksonRequirements.MINIMUM_ANNOTATIONS_VERSION), r.out());
            assertTrue(!r.out().contains("NoClassDefFoundError"), r.out());
        }
    }

    @Test
    void theStatedMinimumJacksonAnnotationsIsEnough() throws Exception {
        Result r = runJsonProbeWithAnnotations(JacksonRequirements.MINIMUM_ANNOTATIONS_VERSION);
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("round trip ok"), r.out());
    }
}
