/** Theming: text analysis, the Themer SPI, built-in themers, public knowledge and theme-quality metrics. */
module org.ltc.theming {
    requires transitive org.ltc.model;
    requires org.slf4j;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports org.ltc.theming;
    exports org.ltc.theming.text;
    exports org.ltc.theming.cluster;
    exports org.ltc.theming.eval;

    uses org.ltc.theming.Themer;

    provides org.ltc.theming.Themer with org.ltc.theming.cluster.SphericalKMeansThemer;
}
