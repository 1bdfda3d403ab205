package nl.motiemonitor.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem detail (RFC 9457, {@code application/problem+json}) written straight to the response, for refusals made
 * before Spring MVC's message converters are reached (a filter) or instead of them: the API's clients read JSON, in
 * Dutch like the pages.
 */
final class ApiProblemResponse {

    private record Problem(String type, String title, int status, String detail) {
    }

    private ApiProblemResponse() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(
                new Problem("about:blank", title, status, detail)));
    }
}
