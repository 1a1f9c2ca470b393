package org.xieshang.text;

/**
 * What the normaliser fixed: pinyin glosses removed, GBK mojibake spans re-decoded, characters converted to simplified,
 * half-width marks made full-width, and doubled or stray marks removed.
 */
public record TextChanges(
        int pinyinGlosses, int mojibakeSpans, int convertedCharacters, int widenedPunctuation, int strayPunctuation) {

    public boolean any() {
        return pinyinGlosses + mojibakeSpans + convertedCharacters + widenedPunctuation + strayPunctuation > 0;
    }
}
