package org.ltc.examples.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each library module exports exactly the packages listed here, read from its compiled {@code module-info.class}
 * (wherever the build put it: a classes folder or a jar). Adding or dropping an export is an API change: make it
 * here too, on purpose. (ltc-model has its own ModuleExportsTest; it is checked here again so one test shows the
 * whole public surface.)
 */
class ModuleExportsTest {
    static final Map<Class<?>, List<String>> EXPORTED = Map.of(
            org.ltc.model.LtcException.class, List.of(
                    "org.ltc.model", "org.ltc.model.action", "org.ltc.model.community", "org.ltc.model.content", "org.ltc.model.conversation",
                    "org.ltc.model.io", "org.ltc.model.knowledge", "org.ltc.model.plugin", "org.ltc.model.privacy",
                    "org.ltc.model.provenance", "org.ltc.model.report", "org.ltc.model.stage",
                    "org.ltc.model.validation"),
            org.ltc.theming.Themer.class, List.of(
                    "org.ltc.theming", "org.ltc.theming.cluster", "org.ltc.theming.codebook",
                    "org.ltc.theming.curation", "org.ltc.theming.embed", "org.ltc.theming.eval", "org.ltc.theming.knowledge",
                    "org.ltc.theming.label",
                    "org.ltc.theming.text", "org.ltc.theming.topic"),
            org.ltc.calibration.Calibrator.class, List.of(
                    "org.ltc.calibration", "org.ltc.calibration.action", "org.ltc.calibration.agreement",
                    "org.ltc.calibration.experiment", "org.ltc.calibration.learn", "org.ltc.calibration.rubric",
                    "org.ltc.calibration.signals", "org.ltc.calibration.synthetic"));

    /** The module descriptor compiled into the classes folder or jar that holds {@code type}. */
    static ModuleDescriptor descriptorOf(Class<?> type) throws Exception {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                return ModuleDescriptor.read(in);
            }
        }
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of());
             InputStream in = Files.newInputStream(jar.getPath("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void eachLibraryModuleExportsExactlyItsApiPackages() throws Exception {
        for (Map.Entry<Class<?>, List<String>> e : EXPORTED.entrySet()) {
            ModuleDescriptor md = descriptorOf(e.getKey());
            Set<String> exported = md.exports().stream().map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(e.getValue()), exported, md.name());
            assertTrue(md.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), md.name());
        }
    }

    @Test
    void theModulesAreTheThreeLibraries() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : EXPORTED.keySet()) {
            names.add(descriptorOf(c).name());
        }
        assertEquals(Set.of("org.ltc.model", "org.ltc.theming", "org.ltc.calibration"), names);
    }
}
