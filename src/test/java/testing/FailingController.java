package testing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that always fails, for the error-page test. It lives outside {@code nl.motiemonitor} so component scanning
 * never finds it: only the test that imports it has it.
 */
@RestController
public class FailingController {

    @GetMapping("/test/kapot")
    String fail() {
        throw new IllegalStateException("geheime details uit de database");
    }
}
