package org.ltc.examples.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules, as tests (after JUnit's ArchUnit tests): one direction of dependency, no
 * printing or swallowed errors in library code, a package-info in every package, and exported packages
 * that are exactly the API.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final List<String> LIBRARIES = List.of("ltc-model", "ltc-theming", "ltc-calibration");

    private static List<Path> sources(String module) throws IOException {
        Path dir = ROOT.resolve(module).resolve("src/main/java");
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> violations(String module, Pattern forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : sources(module)) {
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < lines.size(); i++) {
                if (forbidden.matcher(lines.get(i)).find()) {
                    found.add(ROOT.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        return found;
    }

    @Test
    void libraryCodeNeverPrintsOrSwallowsErrors() throws IOException {
        Pattern forbidden = Pattern.compile("System\\.(out|err)\\.|printStackTrace\\(|throws Exception\\b"
                + "|catch \\((Exception|Throwable) \\w+\\) \\{\\s*}");
        for (String m : LIBRARIES) {
            assertEquals(List.of(), violations(m, forbidden), m);
        }
    }

    @Test
    void dependenciesRunOneWay() throws IOException {
        assertEquals(List.of(), violations("ltc-model", Pattern.compile("^import (static )?org\\.ltc\\.(theming|calibration|examples)")));
        assertEquals(List.of(), violations("ltc-theming", Pattern.compile("^import (static )?org\\.ltc\\.(calibration|examples)")));
        assertEquals(List.of(), violations("ltc-calibration", Pattern.compile("^import (static )?org\\.ltc\\.(theming|examples)")));
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        for (String m : List.of("ltc-model", "ltc-theming", "ltc-calibration", "ltc-examples")) {
            Set<Path> dirs = sources(m).stream().map(Path::getParent)
                    .filter(d -> !d.endsWith("java")).collect(Collectors.toCollection(TreeSet::new));
            for (Path d : dirs) {
                Path info = d.resolve("package-info.java");
                assertTrue(Files.exists(info), "no package-info.java in " + ROOT.relativize(d));
                String text = Files.readString(info);
                assertTrue(text.contains("API") && (text.contains("thread") || text.contains("Thread")),
                        ROOT.relativize(info) + " must say whether it is API and how it behaves across threads");
            }
        }
    }

    @Test
    void eachLibraryModuleExportsItsApiPackagesOnly() throws IOException {
        for (String m : LIBRARIES) {
            Path descriptor = ROOT.resolve(m).resolve("target/classes/module-info.class");
            ModuleDescriptor md;
            try (InputStream in = Files.newInputStream(descriptor)) {
                md = ModuleDescriptor.read(in);
            }
            Set<String> exported = md.exports().stream().map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> api = new TreeSet<>();
            for (Path p : sources(m)) {
                boolean hasTypes;
                try (Stream<Path> siblings = Files.list(p.getParent())) {
                    hasTypes = siblings.anyMatch(f -> f.toString().endsWith(".java")
                            && !f.getFileName().toString().equals("package-info.java"));
                }
                if (p.getFileName().toString().equals("package-info.java") && hasTypes) {
                    String text = Files.readString(p);
                    java.util.regex.Matcher pkg = PACKAGE.matcher(text);
                    if (pkg.find() && !text.contains("Not API")) {
                        api.add(pkg.group(1));
                    }
                }
            }
            assertEquals(api, exported, m + ": exported packages must be exactly those whose package-info says API");
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
}
