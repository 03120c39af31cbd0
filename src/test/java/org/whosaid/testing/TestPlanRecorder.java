package org.whosaid.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records which test classes the running test plan holds, for every engine (Jupiter, jqwik), so that
 * {@code EveryTestClassRunsTest} can compare them with the test classes compiled. Registered through
 * {@code META-INF/services}, so it sees exactly the plan surefire runs.
 */
public final class TestPlanRecorder implements TestExecutionListener {
    private static final Set<String> PLANNED = ConcurrentHashMap.newKeySet();

    /** The names of the classes in the plan being run; empty when this listener was not registered. */
    public static Set<String> plannedClasses() {
        return Set.copyOf(PLANNED);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        for (TestIdentifier root : plan.getRoots()) {
            plan.getDescendants(root).forEach(id -> id.getSource().ifPresent(source -> {
                if (source instanceof ClassSource c) {
                    PLANNED.add(c.getClassName());
                } else if (source instanceof MethodSource m) {
                    PLANNED.add(m.getClassName());
                }
            }));
        }
    }
}
