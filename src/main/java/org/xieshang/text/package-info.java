/**
 * Chinese text: phrase-aware conversion between simplified and traditional script (opencc4j plus our own tested
 * overrides), the normaliser that cleans text imported from archived web pages (pinyin glosses, GBK mojibake, broken
 * punctuation), and word segmentation with the platform's own vocabulary (HanLP portable). Stateless services other
 * modules call; also reachable as a REST API and as the {@code text normalise} command of the jar.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.xieshang.text;
