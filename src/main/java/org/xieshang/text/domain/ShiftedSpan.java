package org.xieshang.text.domain;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of text from a lost byte on, as the GBK bytes the broken decoder had in front of it: {@link #LOST} for
 * each byte it replaced by {@code ?}, two bytes for each Chinese character, and the ASCII letter that ended the
 * stretch when a second byte was read as one. Half-width marks inside it stand for the full-width marks the broken
 * converter narrowed. {@code chinese} holds the span's own Chinese characters, the mojibake if it is any;
 * {@code glossRemnant} tells that a lost byte swallowed the bracket of a pinyin gloss ({@code ?yōu)}), a trace only a
 * broken converter leaves.
 */
record ShiftedSpan(int start, int end, List<Integer> bytes, String chinese, boolean glossRemnant) {

    static final int LOST = -1;

    private static final Charset GBK = Charset.forName("GBK");
    private static final Map<Character, Character> NARROWED = Map.of('!', '！', ',', '，', ';', '；', ':', '：');

    /**
     * Reads the span starting at the lost byte {@code start}; null when no Chinese follows it or when it does not end
     * the way a shifted decoder gets back in step (another lost byte completing a pair, or a second byte in the ASCII
     * range).
     */
    static ShiftedSpan read(String text, int start, Pattern glossRemnant, int longest) {
        List<Integer> bytes = new ArrayList<>();
        bytes.add(LOST);
        int j = skip(text, start + 1, glossRemnant);
        boolean remnant = j > start + 1;
        StringBuilder chinese = new StringBuilder();
        boolean backInStep = false;
        while (!backInStep && j < text.length() && j - start < longest) {
            char c = text.charAt(j);
            if (GbkShiftRepair.isLostByte(c)) {
                bytes.add(LOST);
                int next = skip(text, j + 1, glossRemnant);
                remnant |= next > j + 1;
                j = next;
                backInStep = bytes.size() % 2 == 0; // the lost byte completed a pair
                continue;
            }
            byte[] encoded = doubleByte(c);
            if (encoded != null) {
                bytes.add(encoded[0] & 0xFF);
                bytes.add(encoded[1] & 0xFF);
                if (!NARROWED.containsKey(c)) {
                    chinese.append(c);
                }
                j++;
                continue;
            }
            if (bytes.size() % 2 == 1 && c >= 0x40 && c <= 0x7E) {
                bytes.add((int) c); // a second byte in the ASCII range, read as a letter
                j++;
                backInStep = true;
            }
            break;
        }
        // a shifted decoder only gets back in step in those two ways; a span that just stops was never shifted
        if (!backInStep || chinese.isEmpty()) {
            return null;
        }
        return new ShiftedSpan(start, j, List.copyOf(bytes), chinese.toString(), remnant);
    }

    /** The possible characters of each byte pair; null when a pair is not GBK (so this was no shifted span). */
    List<List<String>> pairs() {
        List<List<String>> pairs = new ArrayList<>();
        for (int k = 0; k < bytes.size(); k += 2) {
            int first = bytes.get(k);
            int second = bytes.get(k + 1);
            List<String> candidates = new ArrayList<>();
            if (first == LOST && second == LOST) {
                return null;
            } else if (first == LOST) {
                for (int lead = 0x81; lead <= 0xFE; lead++) {
                    addIfCharacter(candidates, lead, second);
                }
            } else if (second == LOST) {
                for (int trail = 0x40; trail <= 0xFE; trail++) {
                    addIfCharacter(candidates, first, trail);
                }
            } else {
                addIfCharacter(candidates, first, second);
            }
            if (candidates.isEmpty()) {
                return null;
            }
            pairs.add(candidates);
        }
        return pairs;
    }

    /** Half-width marks as the full-width ones they stand for, so that the language model knows them. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(NARROWED.getOrDefault((char) c, (char) c)));
        return out.toString();
    }

    private static int skip(String text, int from, Pattern glossRemnant) {
        Matcher remnant = glossRemnant.matcher(text).region(from, text.length());
        return remnant.lookingAt() ? remnant.end() : from;
    }

    private static byte[] doubleByte(char c) {
        char wide = NARROWED.getOrDefault(c, c);
        if (wide < 0x80 || !GBK.newEncoder().canEncode(wide)) {
            return null;
        }
        byte[] encoded = String.valueOf(wide).getBytes(GBK);
        return encoded.length == 2 ? encoded : null;
    }

    private static void addIfCharacter(List<String> candidates, int first, int second) {
        String decoded = new String(new byte[] {(byte) first, (byte) second}, GBK);
        if (decoded.length() != 1) {
            return;
        }
        char c = decoded.charAt(0);
        int type = Character.getType(c);
        if (c != '\uFFFD' && type != Character.PRIVATE_USE && type != Character.UNASSIGNED && c >= 0x80) {
            candidates.add(decoded);
        }
    }
}
