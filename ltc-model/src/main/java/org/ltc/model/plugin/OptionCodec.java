package org.ltc.model.plugin;

/**
 * Reads and writes one option of a type the {@link OptionsBinder} does not convert itself. Implementations
 * have a public no-argument constructor and are stateless.
 *
 * @param <T> the option's type
 */
public interface OptionCodec<T> {
    /** The value from its property text; failures are {@link org.ltc.model.InvalidOptionsException}s naming {@code key}. */
    T read(String key, String text);

    /** The value as property text, or {@code null} when it cannot be written (the property is then left out). */
    String write(T value);

    /** The type's name in option listings. */
    default String typeName() {
        return "text";
    }
}
