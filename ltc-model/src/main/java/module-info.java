/**
 * The LTC SDK domain model: conversations, public knowledge, stages, action plans and provenance, with
 * JSON/CSV/Polis io, JSON Schema, validation and privacy.
 */
module org.ltc.model {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.validation;
    requires transitive tools.jackson.databind;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports org.ltc.model;
    exports org.ltc.model.community;
    exports org.ltc.model.conversation;
    exports org.ltc.model.knowledge;
    exports org.ltc.model.stage;
    exports org.ltc.model.action;
    exports org.ltc.model.provenance;
    exports org.ltc.model.plugin;
    exports org.ltc.model.report;
    exports org.ltc.model.io;
    exports org.ltc.model.validation;
    exports org.ltc.model.privacy;
    exports org.ltc.model.content;

    // Records are read and written by the host's Jackson (2 or 3) and checked by its validator.
    opens org.ltc.model.community;
    opens org.ltc.model.conversation;
    opens org.ltc.model.knowledge;
    opens org.ltc.model.stage;
    opens org.ltc.model.action;
    opens org.ltc.model.provenance;
    opens org.ltc.model.report;
    opens org.ltc.model.content;
}
