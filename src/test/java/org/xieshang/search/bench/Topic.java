package org.xieshang.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One topic of the synthetic records: its category, the unit usually assigned, its name and key words. */
record Topic(int index, String category, String unit, String name, List<String> words) {

    static List<Topic> load() {
        List<Topic> topics = new ArrayList<>();
        for (String line : resourceLines("search/bench/topics.txt")) {
            String[] parts = line.split("\\|");
            topics.add(new Topic(
                    topics.size(),
                    parts[0].strip(),
                    parts[1].strip(),
                    parts[2].strip(),
                    List.of(parts[3].strip().split(" "))));
        }
        return topics;
    }

    /** The same topic written about only some of its words (what one proposal focuses on). */
    Topic focusedOn(List<String> some) {
        return new Topic(index, category, unit, name, List.copyOf(some));
    }

    /** Non-comment lines of a class-path text file. */
    static List<String> resourceLines(String path) {
        try (InputStream in = Topic.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
