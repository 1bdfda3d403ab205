package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterParamsTest {

    @Test
    void pageLinksKeepTheFiltersAndTheOtherListsPage() {
        BodyController.FilterParams filters = new BodyController.FilterParams(
                ItemListFilter.parse("open", "2021"), 1, 3);

        assertThat(filters.href("pagina", 2)).isEqualTo("?status=open&jaar=2021&pagina=2&toezeggingen-pagina=3");
        assertThat(filters.href("toezeggingen-pagina", 1)).isEqualTo("?status=open&jaar=2021");
        assertThat(filters.downloadQuery()).as("the downloads hold every page").isEqualTo("?status=open&jaar=2021");
    }

    @Test
    void firstPageWithoutFiltersIsThePlainAddress() {
        BodyController.FilterParams none = new BodyController.FilterParams(ItemListFilter.parse(null, " "), 2, 1);
        assertThat(none.href("pagina", 1)).isEqualTo("?");
        assertThat(none.href("toezeggingen-pagina", 2)).isEqualTo("?pagina=2&toezeggingen-pagina=2");
        assertThat(none.downloadQuery()).isEmpty();
    }

    @Test
    void aFilterThePageDoesNotKnowIsLeftOutWithANotice() {
        ItemListFilter filter = ItemListFilter.parse("bijna-klaar", "twintig");
        assertThat(filter.status()).isNull();
        assertThat(filter.year()).isNull();
        assertThat(filter.notices()).extracting(notice -> notice.getCodes()[0])
                .containsExactly("filter.notice.status", "filter.notice.year");
        assertThat(ItemListFilter.parse("deels-afgedaan", "2021").query()).isEqualTo("status=deels-afgedaan&jaar=2021");
    }
}
