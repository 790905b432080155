package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/README.md, "What rule code may use", names every entry of the allow-list the safety check applies. */
class RuleAllowListReadmeTest {

    @Test
    void theReadmeNamesEveryAllowedAndRefusedEntry() throws IOException {
        String readme = Files.readString(Path.of("rules/README.md"));
        int start = readme.indexOf("## What rule code may use");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));

        List<String> entries = new ArrayList<>(RuleAllowList.PACKAGES);
        RuleAllowList.TYPES.forEach(t -> entries.add(t.startsWith("java.lang.") ? t.substring(10) : t));
        entries.addAll(RuleAllowList.DENIED_TYPES);
        entries.addAll(RuleAllowList.DENIED_METHODS);

        assertThat(entries).allSatisfy(entry -> assertThat(section).contains("`" + entry + "`"));
    }
}
