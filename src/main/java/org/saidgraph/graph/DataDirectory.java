package org.saidgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded database's directory is the owner's alone: it holds the Bolt password and Neo4j's logs, which other
 * users of the machine have no reason to read.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    static void restrictToOwner(Path home) {
        try {
            if (!Files.exists(home)) {
                try {
                    Files.createDirectories(home, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createDirectories(home);
                }
                return;
            }
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: its own access rules apply
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + home, e);
        }
    }
}
