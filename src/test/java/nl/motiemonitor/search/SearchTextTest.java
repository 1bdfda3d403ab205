package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void dutchOfBetweenTwoTermsBecomesOr() {
        assertThat(SearchText.forWebsearch("huisvesting OF opvang")).isEqualTo("huisvesting or opvang");
        assertThat(SearchText.forWebsearch("huisvesting of opvang")).isEqualTo("huisvesting or opvang");
        assertThat(SearchText.forWebsearch("\"huisvesting\" Of -opvang")).isEqualTo("\"huisvesting\" or -opvang");
    }

    @Test
    void ofInsideAPhraseOrAtTheEdgesStaysAWord() {
        assertThat(SearchText.forWebsearch("\"wel of niet\" opvang")).isEqualTo("\"wel of niet\" opvang");
        assertThat(SearchText.forWebsearch("of opvang of")).isEqualTo("of opvang of");
        assertThat(SearchText.forWebsearch("opvang of of huisvesting")).isEqualTo("opvang or of huisvesting");
    }

    @Test
    void controlCharactersAndExtraSpaceAreRemoved() {
        assertThat(SearchText.forWebsearch("  sekswerk\u0000ers\t\u0002 opvang ")).isEqualTo("sekswerk ers opvang");
        assertThat(SearchText.clean(null)).isEmpty();
    }

    @Test
    void headlineIsEscapedAndOnlyTheMarkersBecomeMarkup() {
        String headline = "<script>alert('x')</script> \u0002sekswerkers\u0003 & \u0003 \u0002open";
        assertThat(SearchService.safeHeadline(headline)).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>sekswerkers</mark> &amp;  <mark>open</mark>");
    }
}
