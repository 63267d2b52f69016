package org.ltc.model.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidOptionsException;

/**
 * Discovery creates only the plug-ins a caller asks for: test providers (listed in this module's test
 * {@code META-INF/services}) count how often their constructors run.
 */
class PluginRegistryTest {
    /** A plug-in type of this test only. */
    public interface Counted extends Plugin {
    }

    static final AtomicInteger ALPHA = new AtomicInteger();
    static final AtomicInteger BETA = new AtomicInteger();
    static final AtomicInteger NO_CONSTANT = new AtomicInteger();

    public static final class Alpha implements Counted {
        public static final String ID = "alpha";

        public Alpha() {
            ALPHA.incrementAndGet();
        }

        @Override
        public String id() {
            return ID;
        }
    }

    public static final class Beta implements Counted {
        public static final String ID = "beta";

        public Beta() {
            BETA.incrementAndGet();
        }

        @Override
        public String id() {
            return ID;
        }
    }

    /** No ID constant: discovery must create it to learn its id. */
    public static final class NoConstant implements Counted {
        public NoConstant() {
            NO_CONSTANT.incrementAndGet();
        }

        @Override
        public String id() {
            return "gamma";
        }
    }

    /** An ID constant that its id() contradicts. */
    public static final class Liar implements Counted {
        public static final String ID = "liar";

        @Override
        public String id() {
            return "other";
        }
    }

    @BeforeEach
    void reset() {
        ALPHA.set(0);
        BETA.set(0);
        NO_CONSTANT.set(0);
    }

    private static PluginRegistry<Counted> discover() {
        return PluginRegistry.discover(Counted.class, PluginRegistryTest.class.getClassLoader());
    }

    @Test
    void discoveryCreatesOnlyThePluginAskedForAndThatOnce() {
        PluginRegistry<Counted> registry = discover();
        assertEquals(List.of("alpha", "beta", "gamma"), registry.ids());
        assertEquals(0, ALPHA.get());
        assertEquals(0, BETA.get());
        assertEquals(1, NO_CONSTANT.get(), "a class without an ID constant is created to learn its id");

        Counted a = registry.get("alpha");
        assertEquals("alpha", a.id());
        assertSame(a, registry.find("alpha").orElseThrow());
        assertEquals(1, ALPHA.get());
        assertEquals(0, BETA.get(), "an unused plug-in is never created");

        assertEquals(3, registry.all().size());
        assertEquals(1, ALPHA.get());
        assertEquals(1, BETA.get());
        assertEquals(1, NO_CONSTANT.get());
    }

    @Test
    void anUnknownIdListsTheIdsWithoutCreatingThePlugins() {
        PluginRegistry<Counted> registry = discover();
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> registry.get("delta"));
        assertTrue(e.getMessage().contains("[alpha, beta, gamma]"), e.getMessage());
        assertTrue(registry.find("delta").isEmpty());
        assertEquals(0, ALPHA.get() + BETA.get());
    }

    @Test
    void aDuplicateIdNamesBothClassesBeforeAnythingIsCreated() {
        PluginRegistry.Builder<Counted> builder = PluginRegistry.builder(Counted.class)
                .discover(PluginRegistryTest.class.getClassLoader()).register(new Counted() {
                    @Override
                    public String id() {
                        return "beta";
                    }
                });
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, builder::build);
        assertTrue(e.getMessage().contains(Beta.class.getName()), e.getMessage());
        assertEquals(0, BETA.get());
    }

    @Test
    void theSameInstanceRegisteredTwiceIsOnePlugin() {
        Alpha a = new Alpha();
        PluginRegistry<Counted> registry = PluginRegistry.builder(Counted.class).register(a).register(a).build();
        assertSame(a, registry.get("alpha"));
    }

    @Test
    void aPluginWhoseIdDiffersFromItsConstantIsRefusedWhenCreated() {
        // what discovery records for a provider class: exercised through a hand-built provider
        java.util.ServiceLoader.Provider<Liar> provider = new java.util.ServiceLoader.Provider<>() {
            @Override
            public Class<? extends Liar> type() {
                return Liar.class;
            }

            @Override
            public Liar get() {
                return new Liar();
            }
        };
        PluginRegistry<Counted> registry = PluginRegistry.builder(Counted.class).provider(provider).build();
        assertEquals(List.of("liar"), registry.ids());
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> registry.get("liar"));
        assertTrue(e.getMessage().contains(Liar.class.getName()), e.getMessage());
    }
}
