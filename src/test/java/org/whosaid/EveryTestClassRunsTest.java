package org.whosaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.whosaid.testing.TestPlanRecorder;

/**
 * Fails the build when a compiled test class is not in the plan surefire runs: a class name that escapes the
 * includes, an exclude, or a test engine missing from the class path (jqwik's properties once never ran).
 */
class EveryTestClassRunsTest {

    @Test
    void everyClassWithTestMethodsIsInTheRunningPlan() throws IOException, URISyntaxException {
        Set<String> planned = TestPlanRecorder.plannedClasses();
        assertThat(planned).as("the plan recorder is registered").contains(EveryTestClassRunsTest.class.getName());
        if (System.getProperty("test") != null) {
            return; // a narrow run (-Dtest=...) plans only what it names, on purpose
        }
        Set<String> missing = new TreeSet<>(testClasses());
        missing.removeAll(planned);
        assertThat(missing).as("test classes the build never runs").isEmpty();
    }

    @Test
    void theScanFindsJupiterAndJqwikClasses() throws IOException, URISyntaxException {
        assertThat(testClasses()).contains(EveryTestClassRunsTest.class.getName(),
                "org.whosaid.analysis.AttributionEnginePropertiesTest");
    }

    /** Every concrete class under test-classes that declares a method marked {@link Testable} or field marked {@link Testable}. */
    static Set<String> testClasses() throws IOException, URISyntaxException {
        Path root = Path.of(EveryTestClassRunsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                if (isTestClass(name)) {
                    names.add(name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
                }
            }
        }
        return names;
    }

    private static boolean isTestClass(String name) {
        try {
            Class<?> type = Class.forName(name, false, EveryTestClassRunsTest.class.getClassLoader());
            if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
                return false;
            }
            return Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredFields()))
                    .anyMatch(EveryTestClassRunsTest::isTestable);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Marked with @Test, @Property, @ArchTest… (each is, or is meta-annotated with, {@link Testable}). */
    private static boolean isTestable(AnnotatedElement member) {
        return Stream.of(member.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(Testable.class)
                || Stream.of(a.annotationType().getAnnotations())
                        .anyMatch(meta -> meta.annotationType().isAnnotationPresent(Testable.class)));
    }
}
