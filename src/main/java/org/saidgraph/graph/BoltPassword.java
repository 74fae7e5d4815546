package org.saidgraph.graph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded database's {@code neo4j} user: {@code saidgraph.bolt.password} when it is set, else
 * the one in {@code <data-dir>/bolt-password}, which the first start generates (24 random bytes), writes readable by
 * the owner only, and prints once. Loopback is no boundary against the browser or other users of the machine, so
 * Bolt always asks for it.
 */
final class BoltPassword {

    static final String FILE = "bolt-password";
    static final String USER = "neo4j";

    private static final Logger log = LoggerFactory.getLogger(BoltPassword.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private BoltPassword() {
    }

    /** The configured password, or the stored one, or a new one stored now. */
    static String resolve(Path home, String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = home.resolve(FILE);
        try {
            if (Files.exists(file)) {
                restrict(file);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(home);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            log.info("Embedded Bolt: user {} with a generated password, printed this once and kept in {} (readable by "
                    + "you only): {}", USER, file, password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the Bolt password file " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: its own access rules apply
        }
    }
}
