package cn.batterycarbon.supplier.storage;

import cn.batterycarbon.supplier.EvidenceStore;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the evidence store: {@code bcf.evidence.store=filesystem} (default; directory
 * {@code bcf.evidence.directory} / {@code BCF_EVIDENCE_DIR}, by default {@code evidence} beside the
 * embedded database's data directory) or {@code s3} (endpoint, region, bucket and keys under {@code bcf.evidence.s3.*}).
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStoreConfiguration {

    @Bean
    EvidenceStore evidenceStore(
            @Value("${bcf.evidence.store:filesystem}") String kind,
            @Value("${bcf.evidence.directory:${bcf.embedded-db.data-directory:./data/postgres}/../evidence}")
                    String directory,
            @Value("${bcf.evidence.s3.endpoint:}") String endpoint,
            @Value("${bcf.evidence.s3.region:us-east-1}") String region,
            @Value("${bcf.evidence.s3.bucket:bcf-evidence}") String bucket,
            @Value("${bcf.evidence.s3.access-key:}") String accessKey,
            @Value("${bcf.evidence.s3.secret-key:}") String secretKey) {
        if ("s3".equalsIgnoreCase(kind)) {
            return new S3EvidenceStore(endpoint, region, bucket, accessKey, secretKey);
        }
        return new FileSystemEvidenceStore(Path.of(directory));
    }
}
