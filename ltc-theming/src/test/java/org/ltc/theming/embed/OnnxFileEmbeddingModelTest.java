package org.ltc.theming.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.theming.EmbeddingModel;
import org.ltc.theming.contract.EmbeddingModelContract;

/** A host's model from files: the bundled model's own files, written to a temporary folder. */
class OnnxFileEmbeddingModelTest implements EmbeddingModelContract {
    private static final Path DIR;
    private static final OnnxFileEmbeddingModel MODEL;

    static {
        try {
            DIR = Files.createTempDirectory("ltc-onnx");
            DIR.toFile().deleteOnExit();
            copy(MiniLmEmbeddingModel.MODEL_RESOURCE, DIR.resolve("model.onnx"));
            copy(MiniLmEmbeddingModel.TOKENIZER_RESOURCE, DIR.resolve("tokenizer.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MODEL = OnnxFileEmbeddingModel.of("host-minilm", DIR.resolve("model.onnx"), DIR.resolve("tokenizer.json"),
                true, false, 1000);
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = MiniLmEmbeddingModel.open(resource)) {
            Files.copy(in, to);
        }
        to.toFile().deleteOnExit();
    }

    @Override
    public EmbeddingModel model() {
        return MODEL;
    }

    @Test
    void givesTheBundledModelsVectorsAndDigest() {
        List<String> texts = List.of("How do I activate my new card?", "Bus service on weekends");
        List<float[]> mine = MODEL.embed(texts);
        List<float[]> bundled = SharedModel.MINILM.embed(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(bundled.get(i), mine.get(i), 1e-5f);
        }
        assertEquals(SharedModel.MINILM.modelSha256(), MODEL.modelSha256());
    }

    @Test
    void aMissingFileIsBadInputNamingIt() {
        Path missing = DIR.resolve("nowhere.onnx");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OnnxFileEmbeddingModel.of("x",
                missing, DIR.resolve("tokenizer.json"), true, false, 1000));
        assertTrue(e.getMessage().contains("nowhere.onnx"), e.getMessage());
    }

    @Test
    void aCorruptModelIsBadInputNamingIt() throws IOException {
        Path corrupt = DIR.resolve("corrupt.onnx");
        Files.write(corrupt, "not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        corrupt.toFile().deleteOnExit();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OnnxFileEmbeddingModel.of("x",
                corrupt, DIR.resolve("tokenizer.json"), true, false, 1000));
        assertTrue(e.getMessage().contains("corrupt.onnx"), e.getMessage());
    }
}
