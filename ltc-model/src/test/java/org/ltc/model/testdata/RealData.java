package org.ltc.model.testdata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test on the real data in {@code shared/data} (found with {@link SharedData}), tagged
 * {@code real-data}. Run by {@code mvn -B -ntp verify} like every test; {@code -DexcludedGroups=real-data}
 * leaves them out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("real-data")
public @interface RealData {
}
