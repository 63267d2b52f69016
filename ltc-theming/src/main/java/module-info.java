/** Theming: text analysis, the Themer SPI, built-in themers, public knowledge and theme-quality metrics. */
module org.ltc.theming {
    requires transitive org.ltc.model;
    requires org.slf4j;
    requires java.xml;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports org.ltc.theming;
    exports org.ltc.theming.text;
    exports org.ltc.theming.cluster;
    exports org.ltc.theming.eval;
    exports org.ltc.theming.codebook;
    exports org.ltc.theming.knowledge;
    exports org.ltc.theming.curation;
    // Jackson reads codebooks; the options binder (in org.ltc.model) builds the codebook file codec.
    opens org.ltc.theming.codebook to tools.jackson.databind, org.ltc.model;
    exports org.ltc.theming.topic;

    uses org.ltc.theming.Themer;

    provides org.ltc.theming.Themer with org.ltc.theming.cluster.SphericalKMeansThemer,
            org.ltc.theming.codebook.CodebookThemer,
            org.ltc.theming.topic.LdaThemer;
}
