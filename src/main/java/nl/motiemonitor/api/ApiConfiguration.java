package nl.motiemonitor.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API's ETag, its OpenAPI description's head, and no second (YAML) description. Every answer of {@code /api/*} gets an ETag (a hash of its
 * body), and a client that sends it back in {@code If-None-Match} gets {@code 304 Not Modified} without the body. The
 * filter sits outside Spring Security's, so the headers it hashes over are final.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(PublicPaths.API + "/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * springdoc also serves its description as YAML at the JSON's path + ".yaml"; the API has one description, so
     * that address is not there (404, as a problem detail like the API's other answers).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noYamlDescription() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws IOException {
                        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                        response.setContentType("application/problem+json;charset=UTF-8");
                        response.getWriter().write("{\"title\":\"Niet gevonden\",\"status\":404,\"detail\":"
                                + "\"De beschrijving staat alleen als JSON op /api/v1/openapi.json.\"}");
                    }
                });
        registration.addUrlPatterns(PublicPaths.API + "/openapi.json.yaml");
        return registration;
    }

    @Bean
    OpenAPI openDataDescription(ApiLinks links) {
        return new OpenAPI()
                .info(new Info().title("Motiemonitor open data").version("1")
                        .description("De openbare gegevens van Motiemonitor: bestuursorganen, moties, toezeggingen, "
                                + "brieven en de cijfers van de overzichten, alleen wat openbaar is. Alleen GET; "
                                + "JSON met Engelse sleutels in snake_case naar de woordenlijst van Open "
                                + "Raadsinformatie en Popolo, met eigen velden voor de afdoening. Lijsten in "
                                + "pagina's met een cursor; ETag en If-None-Match; CORS voor iedereen; dezelfde "
                                + "verzoekenlimiet als de portal (429 met Retry-After). Fouten zijn problem details "
                                + "(RFC 9457) in het Nederlands.")
                        .license(new License().name("CC0 1.0 (onze gegevens); documenten: hun eigen rechten")
                                .url("https://creativecommons.org/publicdomain/zero/1.0/deed.nl")))
                .externalDocs(new ExternalDocumentation().description("Uitleg met voorbeelden")
                        .url(links.absolute(PublicPaths.OPEN_DATA)))
                .servers(List.of(new Server().url(links.absolute(""))));
    }
}
