package org.jindu;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's {@code testdata/} is: set by the build, or found from the module folder. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path testdata() {
        String configured = System.getProperty("jindu.testdata");
        if (configured != null && Files.isDirectory(Path.of(configured))) return Path.of(configured);
        Path fallback = Path.of("..", "testdata");
        if (Files.isDirectory(fallback)) return fallback;
        throw new IllegalStateException("testdata/ not found; run the tests from the repository with Maven");
    }

    public static Path file(String relative) {
        return testdata().resolve(relative);
    }
}
