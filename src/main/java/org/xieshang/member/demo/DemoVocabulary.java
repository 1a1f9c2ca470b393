package org.xieshang.member.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The words the demo roster is made of, read from {@code member/demo-vocabulary.properties} so the Chinese stays out
 * of the code: surnames and given-name characters, sector rules (size, affiliations, kind of work) and work pools.
 */
final class DemoVocabulary {

    /** A value and its relative weight. */
    record Weighted(String value, int weight) {}

    /** How many members a sector has in the municipal committee, their affiliations, and the pool of their work. */
    record SectorRule(int members, List<Weighted> affiliations, String pool) {}

    /** An employer and the posts a member may hold there. */
    record Job(String employer, List<String> posts) {}

    /** Jobs and fields of expertise that go together. */
    record WorkPool(List<Job> jobs, List<String> expertise) {}

    private final Properties words;

    private DemoVocabulary(Properties words) {
        this.words = words;
    }

    static DemoVocabulary load() {
        Properties words = new Properties();
        try {
            PropertiesLoaderUtils.fillProperties(
                    words,
                    new EncodedResource(
                            new ClassPathResource("member/demo-vocabulary.properties"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoVocabulary(words);
    }

    String municipalCommittee() {
        return words.getProperty("committee.municipal");
    }

    List<String> list(String key) {
        return Arrays.stream(words.getProperty(key, "").split("\\s+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    SectorRule sector(String sectorName) {
        String rule = words.getProperty("sector." + sectorName, words.getProperty("sector.default"));
        String[] parts = rule.split("\\|");
        List<Weighted> affiliations = new ArrayList<>();
        for (String item : parts[1].split(",")) {
            String[] valueAndWeight = item.split(":");
            affiliations.add(new Weighted(
                    valueAndWeight[0], valueAndWeight.length > 1 ? Integer.parseInt(valueAndWeight[1]) : 1));
        }
        return new SectorRule(Integer.parseInt(parts[0]), affiliations, parts[2]);
    }

    /** The named pool; "mixed" stands for one of the pools listed in {@code pool.mixed}, drawn at random. */
    WorkPool pool(String name, Random random) {
        String chosen = "mixed".equals(name) ? pick(list("pool.mixed"), random) : name;
        List<Job> jobs = list("pool." + chosen + ".jobs").stream()
                .map(entry -> entry.split(":"))
                .map(parts -> new Job(parts[0], List.of(parts[1].split("/"))))
                .toList();
        return new WorkPool(jobs, list("pool." + chosen + ".expertise"));
    }

    static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    static String pickWeighted(List<Weighted> values, Random random) {
        int total = values.stream().mapToInt(Weighted::weight).sum();
        int draw = random.nextInt(total);
        for (Weighted w : values) {
            draw -= w.weight();
            if (draw < 0) {
                return w.value();
            }
        }
        return values.get(values.size() - 1).value();
    }
}
