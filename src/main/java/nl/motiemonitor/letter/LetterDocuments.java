package nl.motiemonitor.letter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The original file of a letter (the PDF it was imported from), kept in PostgreSQL for download. */
@Service
@Transactional
public class LetterDocuments {

    private final JdbcClient jdbc;

    LetterDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Document(String fileName, String contentType, byte[] content) {
    }

    public record DocumentInfo(String fileName, String contentType, int sizeBytes) {
    }

    public void attach(Long letterId, String fileName, String contentType, byte[] content, String uploadedBy) {
        jdbc.sql("""
                insert into letter_documents (letter_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
                values (:letter, :name, :type, :size, :sha, :content, :by)""")
                .param("letter", letterId).param("name", fileName).param("type", contentType)
                .param("size", content.length).param("sha", sha256(content)).param("content", content)
                .param("by", uploadedBy).update();
    }

    @Transactional(readOnly = true)
    public Optional<Document> find(Long letterId) {
        return jdbc.sql("select file_name, content_type, content from letter_documents where letter_id = ?")
                .param(letterId)
                .query((rs, row) -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    @Transactional(readOnly = true)
    public Optional<DocumentInfo> info(Long letterId) {
        return jdbc.sql("select file_name, content_type, size_bytes from letter_documents where letter_id = ?")
                .param(letterId)
                .query((rs, row) -> new DocumentInfo(rs.getString(1), rs.getString(2), rs.getInt(3))).optional();
    }

    /** The file as a download: never shown inline, with its name encoded safely (RFC 6266). */
    public static org.springframework.http.ResponseEntity<byte[]> download(Document document) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(document.contentType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
