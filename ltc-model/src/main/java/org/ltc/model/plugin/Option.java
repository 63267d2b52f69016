package org.ltc.model.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an options record as an option and says what it does. Its bounds are the Jakarta
 * constraints on the same component ({@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
 * {@code @Positive}, {@code @PositiveOrZero}, {@code @NotNull}, {@code @NotBlank}, {@code @Size(max)} on text),
 * stated once and enforced by {@link OptionsBinder#check} in the record's compact constructor, so a builder, the
 * binder and {@code new} agree. A component without this annotation is not an option (for example an injected {@code Clock}): it is
 * neither read from nor written to properties.
 *
 * <pre>{@code
 * @OptionsNamespace("ltc.theming.my")
 * public record MyOptions(@Option("How many themes.") @Min(2) @Max(500) int k) {
 *     public MyOptions { OptionsBinder.check(MyOptions.class, k); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Option {
    /** What the option does, one sentence for {@code --help} and the README table. */
    String value();

    /** The key under the namespace; the component's name when empty. Keys are camelCase. */
    String key() default "";

    /** Older spellings still accepted on binding, with a deprecation warning in the log. */
    String[] aliases() default {};

    /** A word that stands for 0 in properties and is written for 0 (e.g. {@code "auto"} for {@code k}). */
    String zero() default "";

    /**
     * How a value of a type the binder does not know is read and written. The default (this interface itself)
     * means the built-in conversions: whole numbers, numbers, booleans, text, enums, lists of text and nested
     * options records.
     */
    @SuppressWarnings("rawtypes")
    Class<? extends OptionCodec> codec() default OptionCodec.class;
}
