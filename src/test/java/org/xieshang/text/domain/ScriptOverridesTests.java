package org.xieshang.text.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The override files: their format, and how overrides sit on top of the library's own segments. */
class ScriptOverridesTests {

    @Test
    void theShippedFilesParse() {
        assertThat(ScriptOverrides.load("text/overrides-s2t.txt").replacement("子丑"))
                .isEqualTo("子丑");
        assertThat(ScriptOverrides.load("text/overrides-t2s.txt").replacement("乾"))
                .isEqualTo("干");
    }

    @Test
    void aLineWithoutATabIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> ScriptOverrides.parse("x.txt", List.of("# comment", "", "面条 麵條")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.txt line 3");
    }

    @Test
    void aWordListedTwiceIsRefused() {
        assertThatThrownBy(() -> ScriptOverrides.parse("x.txt", List.of("子丑\t子丑", "子丑\t子醜")))
                .hasMessageContaining("listed twice");
    }

    @Test
    void aVariantMapsOneCharacterToOne() {
        assertThatThrownBy(() -> ScriptOverrides.parse("x.txt", List.of("@麪條\t麵條")))
                .hasMessageContaining("one character");
        assertThat(ScriptOverrides.parse("x.txt", List.of("@麪\t麵")).preferVariants("麪包和麪條"))
                .isEqualTo("麵包和麵條");
    }

    @Test
    void anOverrideNeverCutsOneOfTheLibrarysSegmentsApart() {
        ScriptOverrides overrides = ScriptOverrides.parse("x.txt", List.of("乾\t干", "著力\t着力"));
        // a stand-in library that knows the phrase 乾隆 and otherwise works character by character
        ScriptConversion conversion = new ScriptConversion(
                overrides,
                text -> text.replace('淨', '净'),
                text -> text.startsWith("乾隆") ? List.of("乾隆", text.substring(2)) : Arrays.asList(text.split("")));

        assertThat(conversion.convert("乾淨")).isEqualTo("干净");
        assertThat(conversion.convert("乾隆")).isEqualTo("乾隆");
        assertThat(conversion.convert("著力推進")).isEqualTo("着力推進");
    }

    @Test
    void textWithoutHanCharactersIsNeverHandedToTheLibrary() {
        ScriptConversion conversion = new ScriptConversion(
                ScriptOverrides.parse("x.txt", List.of()),
                text -> {
                    throw new AssertionError("library called with " + text);
                },
                text -> List.of(text));

        assertThat(conversion.convert("<p class=\"a\">1,630 / 2022.12 https://x.cn?a=b</p>"))
                .isEqualTo("<p class=\"a\">1,630 / 2022.12 https://x.cn?a=b</p>");
    }
}
