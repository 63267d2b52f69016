/** Theming: text analysis, the Themer SPI, built-in themers, public knowledge and theme-quality metrics. */
// langchain4j's jars name no module: their names come from the file names (stable across its releases)
@SuppressWarnings("requires-automatic")
module org.ltc.theming {
    requires transitive org.ltc.model;
    requires org.slf4j;
    requires java.xml;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    // the bundled embedding model: optional, a host without it gets term themes
    requires static langchain4j.core;
    requires static langchain4j.embeddings;
    requires static langchain4j.embeddings.all.minilm.l6.v2.q;

    exports org.ltc.theming;
    exports org.ltc.theming.text;
    exports org.ltc.theming.cluster;
    exports org.ltc.theming.eval;
    exports org.ltc.theming.codebook;
    exports org.ltc.theming.knowledge;
    opens org.ltc.theming.knowledge to org.ltc.model;
    exports org.ltc.theming.curation;
    // Jackson reads codebooks; the options binder (in org.ltc.model) builds the codebook file codec.
    opens org.ltc.theming.codebook to tools.jackson.databind, org.ltc.model;
    exports org.ltc.theming.topic;
    // the options binder (in org.ltc.model) builds option codecs, nested classes, by reflection
    opens org.ltc.theming.topic to org.ltc.model;
    exports org.ltc.theming.embed;
    exports org.ltc.theming.label;

    uses org.ltc.theming.Themer;
    uses org.ltc.theming.ThemeLabeller;
    uses org.ltc.theming.EmbeddingModel;

    provides org.ltc.theming.EmbeddingModel with org.ltc.theming.embed.MiniLmEmbeddingModel;

    provides org.ltc.theming.Themer with org.ltc.theming.cluster.SphericalKMeansThemer,
            org.ltc.theming.cluster.SemanticThemer,
            org.ltc.theming.codebook.CodebookThemer,
            org.ltc.theming.topic.LdaThemer;
    provides org.ltc.theming.ThemeLabeller with org.ltc.theming.label.KeyPhraseLabeller;
}
