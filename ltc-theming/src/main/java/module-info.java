/** Theming: text analysis, the Themer SPI, built-in themers, public knowledge and theme-quality metrics. */
module org.ltc.theming {
    requires transitive org.ltc.model;
    requires org.slf4j;

    exports org.ltc.theming;
    exports org.ltc.theming.topic;

    uses org.ltc.theming.Themer;
}
