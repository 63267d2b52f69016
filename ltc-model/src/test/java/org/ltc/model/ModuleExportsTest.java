package org.ltc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packages ltc-model exports are exactly the public API listed here: a package added to or dropped from
 * {@code module-info.java} is an API change and must be made here too, on purpose.
 */
class ModuleExportsTest {
    static final List<String> EXPORTED = List.of(
            "org.ltc.model",
            "org.ltc.model.action",
            "org.ltc.model.community",
            "org.ltc.model.content",
            "org.ltc.model.conversation",
            "org.ltc.model.io",
            "org.ltc.model.knowledge",
            "org.ltc.model.plugin",
            "org.ltc.model.privacy",
            "org.ltc.model.provenance",
            "org.ltc.model.report",
            "org.ltc.model.stage",
            "org.ltc.model.validation");

    static ModuleDescriptor descriptor() throws Exception {
        Path compiled = Path.of("target/classes/module-info.class");
        assertTrue(Files.isRegularFile(compiled), "run from the ltc-model folder after compiling: " + compiled.toAbsolutePath());
        try (InputStream in = Files.newInputStream(compiled)) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void theModuleExportsExactlyTheApiPackages() throws Exception {
        ModuleDescriptor md = descriptor();
        assertEquals("org.ltc.model", md.name());
        Set<String> exported = md.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EXPORTED), exported);
        assertTrue(md.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), "no qualified exports");
    }

    @Test
    void everyPackageOfTheModuleIsExportedOrDeliberatelyInternal() throws Exception {
        // Today every package of the model is API; a future internal package must be named here.
        Set<String> internal = Set.of();
        Set<String> packages = new TreeSet<>(descriptor().packages());
        packages.removeAll(EXPORTED);
        packages.removeAll(internal);
        // Resource-only folders (content, schema) count as packages of a module jar: they are not code.
        packages.removeIf(p -> p.equals("org.ltc.model.schema"));
        assertEquals(Set.of(), packages);
    }
}
