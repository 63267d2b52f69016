package org.ltc.theming.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.provenance.Hashing;

/**
 * A sentence-embedding model a host gives as files: an ONNX model of a BERT-style encoder and its
 * HuggingFace {@code tokenizer.json} (e.g. a multilingual model such as paraphrase-multilingual-MiniLM-L12-v2
 * exported to ONNX), run in-process by ONNX Runtime through langchain4j's file-based loader, with mean or CLS
 * pooling. The files are read and checked when the model is made: a missing or unreadable file is an
 * {@link InvalidInputException} naming it. Not found by discovery (it needs its files); a host registers it.
 *
 * <p>Thread-safe.
 */
public final class OnnxFileEmbeddingModel extends OnnxSentenceModel {
    private final String id;
    private final Path model;
    private final Path tokenizer;
    private final boolean meanPooling;
    private final boolean multilingual;
    private final int maxChars;
    private final String sha256;
    private final TextEncoder loaded;

    private OnnxFileEmbeddingModel(String id, Path model, Path tokenizer, boolean meanPooling, boolean multilingual,
                                   int maxChars) {
        this.id = id;
        this.model = model;
        this.tokenizer = tokenizer;
        this.meanPooling = meanPooling;
        this.multilingual = multilingual;
        this.maxChars = maxChars;
        this.sha256 = sha256(model);
        sha256(tokenizer);
        if (!new MiniLmEmbeddingModel().available()) {
            throw new InvalidInputException(model.toString(), null, "model", model.toString(),
                    "cannot be run: langchain4j-embeddings and ONNX Runtime are not on the class path");
        }
        TextEncoder e;
        try {
            e = Lc4jEncoder.files(model, tokenizer, meanPooling);
        } catch (RuntimeException | LinkageError ex) {
            throw new InvalidInputException(model.toString(), null, "model", model.getFileName().toString(),
                    "is not a sentence-embedding model ONNX Runtime can run with tokenizer " + tokenizer
                            + ": " + ex.getMessage(), ex);
        }
        this.loaded = e;
    }

    /**
     * A model from files, read and checked now.
     *
     * @param id           its id in provenance, lower-case letters, digits and hyphens
     * @param model        the ONNX file
     * @param tokenizer    the HuggingFace {@code tokenizer.json}
     * @param meanPooling  mean pooling over tokens (sentence-transformers models) or else the CLS token
     * @param multilingual whether it embeds several languages into one space
     * @param maxChars     the longest text it reads whole, in characters
     * @throws InvalidInputException naming the file when one is missing, unreadable or not a model
     */
    public static OnnxFileEmbeddingModel of(String id, Path model, Path tokenizer, boolean meanPooling,
                                            boolean multilingual, int maxChars) {
        Checks.id("id", id);
        Checks.notNull("model", model);
        Checks.notNull("tokenizer", tokenizer);
        if (maxChars < 1) {
            throw InvalidInputException.field("maxChars", maxChars, "must be at least 1");
        }
        return new OnnxFileEmbeddingModel(id, model, tokenizer, meanPooling, multilingual, maxChars);
    }

    private static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, "file", file.toString(), "does not exist");
        }
        MessageDigest digest = Hashing.digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                digest.update(buf, 0, r);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, "file", file.toString(),
                    "cannot be read: " + e.getMessage(), e);
        }
        return Hashing.hex(digest.digest());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return sha256.substring(0, 12);
    }

    @Override
    public int maxChars() {
        return maxChars;
    }

    @Override
    public boolean multilingual() {
        return multilingual;
    }

    @Override
    public String modelSha256() {
        return sha256;
    }

    public Path modelFile() {
        return model;
    }

    public Path tokenizerFile() {
        return tokenizer;
    }

    public boolean meanPooling() {
        return meanPooling;
    }

    @Override
    TextEncoder load() {
        return loaded;
    }
}
