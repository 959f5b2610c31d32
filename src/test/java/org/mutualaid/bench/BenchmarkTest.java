package org.mutualaid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTest {

    @Test
    @DisplayName("The benchmark's child JVM runs with exactly the flags the Docker image sets")
    void dockerFlagsMatch() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        String line = dockerfile.lines().filter(l -> l.startsWith("ENTRYPOINT [\"java\"")).findFirst().orElseThrow();
        List<String> words = List.of(line.substring(line.indexOf('[') + 1, line.lastIndexOf(']')).split(",\\s*"))
                .stream().map(w -> w.replace("\"", "")).toList();
        List<String> flags = words.subList(1, words.indexOf("-jar"));
        assertEquals(flags, Benchmark.dockerJvmFlags());
    }

    @Test
    @DisplayName("Percentiles pick the nearest rank from sorted samples")
    void percentiles() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) sorted[i] = i + 1;
        assertEquals(50, Benchmark.percentile(sorted, 50));
        assertEquals(99, Benchmark.percentile(sorted, 99));
        assertEquals(7, Benchmark.percentile(new long[] {7}, 99));
    }

    @Test
    @DisplayName("The plain-insert yardstick writes and counts rows")
    void rawInserts(@TempDir Path dir) throws Exception {
        double perSecond = Benchmark.rawInsertsPerSecond(dir.resolve("raw.db"));
        assertTrue(perSecond > 0, "rate " + perSecond);
    }

    @Test
    @DisplayName("Synthetic posts are repeatable for a seed and look like short posts")
    void synthetic() {
        SyntheticPosts a = new SyntheticPosts(1);
        SyntheticPosts b = new SyntheticPosts(1);
        for (int i = 0; i < 50; i++) {
            String text = a.text();
            assertEquals(text, b.text());
            int words = text.split(" ").length;
            assertTrue(words >= 8 && words <= 35, text);
        }
    }
}
