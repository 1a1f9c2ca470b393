package org.xieshang.opinion;

/** The content a lower committee sends up: the report as edited there, with who wrote it (names only). */
public record CopiedReport(
        int year,
        String title,
        String facts,
        String analysis,
        String suggestions,
        String category,
        SubmitterType submitterType,
        String unitName,
        String authorNames) {}
