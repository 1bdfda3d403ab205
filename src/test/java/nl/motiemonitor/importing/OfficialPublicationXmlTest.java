package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialPublicationXmlTest {

    private static final String KAMERSTUK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
               <metadata>
                  <meta name="DC.title" content="Niet afgedrukt"/>
               </metadata>
               <kamerstuk>
                  <dossier><dossiernummer><dossiernr>36 547</dossiernr></dossiernummer></dossier>
                  <stuk>
                     <stuknr>Nr. <ondernummer kamer="2">31</ondernummer>
                     </stuknr>
                     <titel>MOTIE VAN DE LEDEN JANSEN EN DE VRIES</titel>
                     <datumtekst>Voorgesteld <datum isodatum="2025-06-05">5 juni 2025</datum></datumtekst>
                     <algemeen><vrije-tekst><tekst>
                        <al>De Kamer,</al>
                        <al>constaterende dat controles vaak op   papier
                            plaatsvinden;</al>
                        <al-groep>
                           <al>verzoekt de regering:</al>
                           <lijst type="expliciet">
                              <li><li.nr>–</li.nr><al>meer te controleren &amp; te melden;</al></li>
                              <li><li.nr>2.</li.nr><al>de Kamer te informeren,</al></li>
                           </lijst>
                           <al>en gaat over tot de orde van de dag.</al>
                        </al-groep>
                        <al-groep><al>Jansen</al><al>De Vries</al></al-groep>
                     </tekst></vrije-tekst></algemeen>
                  </stuk>
               </kamerstuk>
            </officiele-publicatie>
            """;

    @Test
    void aKamerstukIsReadAsItIsPrintedWithoutItsMetadata() {
        String text = OfficialPublicationXml.toText("SOURCE: bron\n\n" + KAMERSTUK);

        assertThat(text).startsWith("SOURCE: bron\n\n36 547\n\nNr. 31\n\nMOTIE VAN DE LEDEN JANSEN EN DE VRIES\n\n"
                + "Voorgesteld 5 juni 2025\n\nDe Kamer,\n\n");
        assertThat(text).contains("constaterende dat controles vaak op papier plaatsvinden;\n\nverzoekt de regering:\n\n"
                + "– meer te controleren & te melden;\n\n2. de Kamer te informeren,\n\n"
                + "en gaat over tot de orde van de dag.\n\nJansen\n\nDe Vries\n");
        assertThat(text).doesNotContain("Niet afgedrukt").doesNotContain("<");
    }

    @Test
    void theReaderReadsTheMotionInIt() {
        ReadDocument read = new DocumentReader().read(KAMERSTUK);

        assertThat(read.kind()).isEqualTo(ReadDocument.Kind.MOTION);
        assertThat(read.motions().get(0).clauses()).extracting(ReadDocument.Clause::text)
                .contains("controles vaak op papier plaatsvinden;");
    }

    @Test
    void aCutOffFileGivesTheTextUpToTheCut() {
        String cut = KAMERSTUK.substring(0, KAMERSTUK.indexOf("verzoekt"));

        assertThat(OfficialPublicationXml.toText(cut)).contains("MOTIE VAN DE LEDEN JANSEN EN DE VRIES")
                .endsWith("constaterende dat controles vaak op papier plaatsvinden;\n");
    }

    @Test
    void otherXmlAndPlainTextAreLeftAsTheyAre() {
        String soap = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><a:Value>M25</a:Value>"
                + "</s:Body></s:Envelope>";
        String plain = "Geachte raad,\n\nIn de motie <naam> vroeg u ...";

        assertThat(OfficialPublicationXml.toText(soap)).isEqualTo(soap);
        assertThat(OfficialPublicationXml.toText(plain)).isEqualTo(plain);
    }

    @Test
    void externalEntitiesAreNeverFetched() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE kamerstuk [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<kamerstuk><al>a &x; b</al></kamerstuk>";

        assertThat(OfficialPublicationXml.toText(hostile)).doesNotContain("root:");
    }
}
