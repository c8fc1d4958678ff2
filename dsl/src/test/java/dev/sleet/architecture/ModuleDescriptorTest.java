package dev.sleet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code module-info.java} exports every API package of sleet-dsl and no internal one. */
class ModuleDescriptorTest {

    @Test
    void exportsExactlyTheApiPackages() throws IOException, URISyntaxException {
        // The folder (or jar) Sleet's own classes were loaded from, not the first module-info on the class path.
        Path classes = Path.of(
                Sleet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        Set<String> exported = module.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> packages;
        try (Stream<Path> files = Files.walk(classes)) {
            packages = files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> classes.relativize(f.getParent())
                            .toString()
                            .replace(f.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> api =
                packages.stream().filter(p -> !p.endsWith(".internal")).collect(Collectors.toCollection(TreeSet::new));

        assertThat(module.name()).isEqualTo("dev.sleet.dsl");
        assertThat(packages).anyMatch(p -> p.endsWith(".internal"));
        assertThat(exported).isEqualTo(api);
    }
}
