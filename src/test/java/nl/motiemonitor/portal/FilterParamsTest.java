package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterParamsTest {

    @Test
    void pageLinksKeepTheFiltersAndTheOtherListsPage() {
        BodyController.FilterParams filters = new BodyController.FilterParams("open", 2021, 1, 3);

        assertThat(filters.href("pagina", 2)).isEqualTo("?status=open&jaar=2021&pagina=2&toezeggingen-pagina=3");
        assertThat(filters.href("toezeggingen-pagina", 1)).isEqualTo("?status=open&jaar=2021");
    }

    @Test
    void firstPageWithoutFiltersIsThePlainAddress() {
        assertThat(new BodyController.FilterParams(null, null, 2, 1).href("pagina", 1)).isEqualTo("?");
    }
}
