package org.briefingengine.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeCellsTest {

    @Test
    void textStartingWithAFormulaCharacterIsRecognised() {
        assertThat(SafeCells.looksLikeFormula("=1+1")).isTrue();
        assertThat(SafeCells.looksLikeFormula("+33 1 23")).isTrue();
        assertThat(SafeCells.looksLikeFormula("-2")).isTrue();
        assertThat(SafeCells.looksLikeFormula("@SUM(A1)")).isTrue();
        assertThat(SafeCells.looksLikeFormula("a=b")).isFalse();
        assertThat(SafeCells.looksLikeFormula("")).isFalse();
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreReplacedButArabicAndEmojiKept() {
        assertThat(SafeCells.clean("a\u0000b\u000Bc")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(SafeCells.clean("line\r\nnext\ttab")).isEqualTo("line\nnext\ttab");
        assertThat(SafeCells.clean("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(SafeCells.clean("منتدى 🌍")).isEqualTo("منتدى 🌍");
        assertThat(SafeCells.clean(null)).isEmpty();
    }

    @Test
    void textLongerThanExcelAllowsIsCutWithAnEllipsis() {
        String cut = SafeCells.clean("y".repeat(SafeCells.MAX_TEXT + 10));

        assertThat(cut).hasSize(SafeCells.MAX_TEXT).endsWith("…");
        assertThat(SafeCells.clean("y".repeat(SafeCells.MAX_TEXT))).hasSize(SafeCells.MAX_TEXT).doesNotContain("…");
    }

    @Test
    void onlyWellFormedHttpAddressesBecomeLinks() {
        assertThat(SafeCells.isWebLink("https://example.org/a?b=c")).isTrue();
        assertThat(SafeCells.isWebLink("HTTP://EXAMPLE.ORG")).isTrue();
        assertThat(SafeCells.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(SafeCells.isWebLink("file:///etc/passwd")).isFalse();
        assertThat(SafeCells.isWebLink("https://exa mple.org")).isFalse();
        assertThat(SafeCells.isWebLink("001_48a734985bc6856c.txt")).isFalse();
    }
}
