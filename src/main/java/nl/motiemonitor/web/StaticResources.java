package nl.motiemonitor.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, served with content-hashed URLs and cached for a year. Only their own folders are mapped (Boot's
 * default {@code /**} mapping is off, spring.web.resources.add-mappings=false): with {@code /**}, every link a page
 * builds, "/den-haag" as much as "/css/app.css", was looked up on the class path to see whether it is a static file,
 * which cost the front page, with its 376 links, about 200 ms a request.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    /** URL pattern and class-path folder of each kind of static file. */
    private static final String[][] FOLDERS = {
            {"/css/**", "classpath:/static/css/"},
            {"/vendor/**", "classpath:/static/vendor/"},
            {"/favicon.svg", "classpath:/static/"}};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String[] folder : FOLDERS) {
            registry.addResourceHandler(folder[0])
                    .addResourceLocations(folder[1])
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
