package org.ltc.theming.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ltc.theming.EmbeddingModel;
import org.ltc.theming.EmbeddingModels;
import org.ltc.theming.contract.EmbeddingModelContract;

class MiniLmEmbeddingModelContractTest implements EmbeddingModelContract {
    private static final MiniLmEmbeddingModel MODEL = new MiniLmEmbeddingModel();

    @Override
    public EmbeddingModel model() {
        return MODEL;
    }

    @Test
    void isDiscoveredAsTheDefaultModel() {
        EmbeddingModel found = EmbeddingModels.defaultModel(getClass().getClassLoader()).orElseThrow();
        assertEquals(EmbeddingModels.BUNDLED, found.id());
        assertEquals(384, MODEL.dimension());
        assertTrue(MODEL.multilingual() == false);
    }
}
