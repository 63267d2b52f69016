package org.ltc.model.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property namespace of an options record: {@code ltc.<module>.<plugin>}, e.g. {@code ltc.theming.kmeans}.
 * An options record nested in another without a namespace of its own sits under the outer key (for example
 * {@code ltc.theming.kmeans.text.language}); one with a namespace keeps it wherever it is used.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OptionsNamespace {
    /** The namespace, without the trailing dot. */
    String value();

    /**
     * Whether the namespace belongs to this record alone, so an unknown key under it is an error. False when
     * several records share it (e.g. {@code ltc.privacy}, shared by redaction and disclosure).
     */
    boolean closed() default true;

    /**
     * Keys written to provenance for the record only (e.g. the content hash of a codebook), accepted and
     * ignored on binding so a run can be replayed from its provenance.
     */
    String[] recorded() default {};

    /**
     * Key prefixes under this namespace that other options records read (e.g. {@code text} for
     * {@code ltc.theming.lda.text.*}): left to them when unknown keys are looked for.
     */
    String[] subspaces() default {};
}
