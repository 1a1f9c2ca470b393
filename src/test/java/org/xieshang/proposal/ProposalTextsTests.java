package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Texts live in the bundle: no Chinese string literal in the module's Java code, and every code the module uses as a
 * message (status, action, error) has its Chinese text.
 */
class ProposalTextsTests {

    private static final Path CODE = Path.of("src/main/java/org/xieshang/proposal");
    private static final Pattern CHINESE_LITERAL = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\"");

    @Test
    void theModulesJavaCodeHoldsNoChineseStringLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("*")
                            && !line.startsWith("/")
                            && CHINESE_LITERAL.matcher(line).find()) {
                        found.add(file.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyStatusActionAndCodeHasItsChineseName() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/proposal.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (ProposalStatus s : ProposalStatus.values()) {
            keys.add(s.messageKey());
        }
        for (ProposalAction a : ProposalAction.values()) {
            keys.add(a.messageKey());
        }
        for (AssignmentStatus s : AssignmentStatus.values()) {
            keys.add("proposal.assignment.status." + s);
        }
        ProposalSettings defaults = ProposalSettings.defaults();
        defaults.categories().forEach(c -> keys.add("proposal.category." + c));
        defaults.notFiledReasons().forEach(c -> keys.add("proposal.not-filed-reason." + c));
        defaults.supervisionParties().forEach(c -> keys.add("proposal.party." + c));
        assertThat(keys).allMatch(bundle::containsKey);
    }
}
