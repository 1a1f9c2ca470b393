/**
 * The demo proposals of 泸州市政协 since 九届一次会议 (issue 3, item 15), generated from a fixed seed and the sentence
 * pools in {@code demo/proposal/texts.txt}; every history is checked step by step against the transition table while
 * it is generated, and written with batch SQL.
 */
package org.xieshang.proposal.demo;
