package nl.motiemonitor.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A problem detail (RFC 9457, {@code application/problem+json}) written straight to the response, for refusals made
 * before Spring MVC's message converters are reached (a filter) or instead of them: the API's clients read JSON, in
 * Dutch like the pages.
 */
final class ApiProblemResponse {

    private ApiProblemResponse() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
