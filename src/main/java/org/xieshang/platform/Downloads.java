package org.xieshang.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Responses that are files to save: the one place that writes their headers. */
public final class Downloads {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /**
     * Marks the response as a download, never shown inline. The file name is sent twice, as RFC 6266 asks: a plain
     * ASCII name for old clients and the real (Chinese) name encoded in UTF-8, which browsers prefer.
     */
    public static void attachment(HttpServletResponse response, String contentType, String asciiName, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(contentType);
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
