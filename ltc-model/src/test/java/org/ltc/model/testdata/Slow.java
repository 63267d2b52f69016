package org.ltc.model.testdata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes seconds rather than milliseconds (a separate JVM, a whole real conversation, many seeds),
 * tagged {@code slow}. Run by {@code mvn -B -ntp verify} like every test; {@code -DexcludedGroups=slow} leaves
 * them out for a quick run while working.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {
}
