package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefingengine.model.Category;
import org.briefingengine.model.Severity;
import org.junit.jupiter.api.Test;

class RulePackCompilesTest {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    @Test
    void shippedRulePack_compilesAndDescribesEveryRule() {
        RuleBase base = RuleScenario.shippedRules().ruleBase();

        assertThat(base.rules()).containsKeys("topic-overlap", "bridge-actor", "emerging-topic");
        assertThat(base.rules().values()).allSatisfy(r -> assertThat(r.file()).isNotNull());
    }

    @Test
    void everyRuleName_isUniqueAcrossFiles_becauseFindingsAndTheAuditKeyOnIt() throws IOException {
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RuleScenario.SHIPPED_RULES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = RULE.matcher(Files.readString(file));
                while (m.find()) {
                    written.add(m.group(1));
                }
            }
        }

        assertThat(written).doesNotHaveDuplicates();
        assertThat(RuleScenario.shippedRules().ruleBase().rules().keySet()).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void everyConcludingRule_hasAKnownCategoryAndSeverity_andADescription() {
        RuleBase base = RuleScenario.shippedRules().ruleBase();

        assertThat(base.rules().values()).allSatisfy(rule -> {
            assertThat(rule.description()).as(rule.name()).isNotBlank();
            assertThat(rule.line()).as(rule.name()).isPositive();
            if (!rule.category().equals("derive")) {
                assertThat(Category.valueOf(rule.category().toUpperCase(Locale.ROOT))).as(rule.name()).isNotNull();
                assertThat(Severity.valueOf(rule.severity().toUpperCase(Locale.ROOT))).as(rule.name()).isNotNull();
            }
        });
    }
}
