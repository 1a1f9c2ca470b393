package org.xieshang.text;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import org.springframework.stereotype.Service;
import org.xieshang.text.domain.ScriptConversion;
import org.xieshang.text.domain.ScriptOverrides;

/**
 * Converts between simplified and traditional Chinese, phrase by phrase (发展→發展 but 头发→頭髮). Uses opencc4j's
 * standard OpenCC tables — never its Taiwan modes, which rewrite mainland vocabulary (用户→使用者) — corrected by the
 * override files {@code text/overrides-s2t.txt} and {@code text/overrides-t2s.txt}. Only Han characters change, so a
 * whole rendered HTML page may be converted; thread-safe.
 */
@Service
public class ChineseScript {

    private final ScriptConversion toTraditional;
    private final ScriptConversion toSimplified;

    ChineseScript() {
        ZhConvertBootstrap opencc = ZhConvertBootstrap.newInstance().init();
        toTraditional = new ScriptConversion(
                ScriptOverrides.load("text/overrides-s2t.txt"), opencc::toTraditional, opencc::doSeg);
        toSimplified =
                new ScriptConversion(ScriptOverrides.load("text/overrides-t2s.txt"), opencc::toSimple, opencc::doSeg);
        // the library fills its phrase trie on first use; do it now rather than inside the first request
        toTraditional.convert("发展");
        toSimplified.convert("發展");
    }

    public String toTraditional(String text) {
        return toTraditional.convert(text);
    }

    public String toSimplified(String text) {
        return toSimplified.convert(text);
    }

    public String convert(String text, Script target) {
        return target == Script.TRADITIONAL ? toTraditional(text) : toSimplified(text);
    }
}
