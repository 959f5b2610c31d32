package org.mutualaid.core.match;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which matching rules made a kept profile: a digest of this package's classes and word lists,
 * as built. A profile stored by another build (a new taxonomy word, a changed rule) would score
 * posts by rules the code no longer has; with this, it is made afresh instead. Computed once per
 * process from the jar's own entries, whose checksums the jar already holds, or from the class
 * files when run from a build folder (tests). When neither can be read, a random version: kept
 * profiles are then never trusted, which is slower but never wrong.
 */
final class RulesVersion {

    private static final String PACKAGE = RulesVersion.class.getPackageName().replace('.', '/') + "/";
    private static final String CURRENT = compute();

    private RulesVersion() {}

    static String current() {
        return CURRENT;
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path source = Path.of(RulesVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) fromFolder(source.resolve(PACKAGE), digest);
            else fromJar(source, digest);
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "random-" + UUID.randomUUID();
        }
    }

    private static void fromJar(Path jar, MessageDigest digest) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new ArrayList<>(file.stream().filter(e -> e.getName().startsWith(PACKAGE) && !e.isDirectory()).toList());
            if (entries.isEmpty()) throw new IOException("no matching rules in " + jar);
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (JarEntry e : entries) {
                digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
                digest.update(Long.toString(e.getCrc()).getBytes(StandardCharsets.UTF_8));
                digest.update(Long.toString(e.getSize()).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void fromFolder(Path folder, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no matching rules in " + folder);
        for (Path f : files) {
            digest.update(folder.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(f)) {
                digest.update(in.readAllBytes());
            }
        }
    }
}
