package org.xieshang.text.domain;

/** The letters of Hanyu Pinyin as glosses print them: a syllable with a tone mark is never a Chinese word. */
final class Pinyin {

    static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    /** One or more syllables (space separated) with at least one tone mark, e.g. {@code xié} or {@code fā zhǎn}. */
    static final String SYLLABLES =
            "(?=[^)）]*[" + TONE_MARKED + "])[a-zü" + TONE_MARKED + "]+(?: [a-zü" + TONE_MARKED + "]+)*";

    private Pinyin() {}
}
