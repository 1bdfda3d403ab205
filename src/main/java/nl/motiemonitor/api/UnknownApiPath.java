package nl.motiemonitor.api;

import io.swagger.v3.oas.annotations.Hidden;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under /api/v1 is not there: a JSON problem like the API's other answers, not the HTML page. */
@RestController
@Hidden
class UnknownApiPath {

    @GetMapping("/api/v1/**")
    void unknown() {
        throw new NotFoundException("Dit adres bestaat niet in de API. Welke er zijn, staat in /api/v1/openapi.json.");
    }
}
