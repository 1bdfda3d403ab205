package nl.motiemonitor.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: {@code bench/read-document.sh} runs it. Writes a 20-page PDF made of the five seed letters, then reads
 * it (PDFBox extraction plus {@link DocumentReader}) N times in this JVM after a warm-up and prints the milliseconds
 * per document.
 */
public final class ReadDocumentBenchmark {

    private ReadDocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args.length > 0 ? args[0] : "target/bench/twenty-pages.pdf");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        StringBuilder text = new StringBuilder();
        while (text.length() < 120_000) {
            for (String seed : Seeds.ALL) {
                text.append(Seeds.text(seed)).append("\n\n");
            }
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
                TestPdfs.fromText(text.toString(), 55))) {
            while (document.getNumberOfPages() > 20) {
                document.removePage(document.getNumberOfPages() - 1);
            }
            Files.createDirectories(pdf.toAbsolutePath().getParent());
            document.save(pdf.toFile());
        }
        DocumentExtractor extractor = new DocumentExtractor();
        DocumentReader reader = new DocumentReader();
        byte[] bytes = Files.readAllBytes(pdf);
        DocumentExtractor.ExtractedText first = extractor.extract("bench.pdf", bytes);
        for (int i = 0; i < 10; i++) {
            reader.read(extractor.extract("bench.pdf", bytes).text());
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            reader.read(extractor.extract("bench.pdf", bytes).text());
        }
        double perDocument = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("%s: %d pages, %d characters, %d bytes%n", pdf, first.pages(), first.text().length(), bytes.length);
        System.out.printf("warm, in one JVM: %.1f ms per document (extraction + reading, mean of %d)%n", perDocument, runs);
    }
}
