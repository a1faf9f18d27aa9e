package cn.batterycarbon.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.supplier.storage.S3EvidenceStore;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The S3 evidence store against a real S3 API: s3proxy (from Maven Central) started by the test on
 * a free port with its in-memory ("transient") backend and AWS signature checking, spoken to with
 * the AWS SDK v2 client the application uses. No mock.
 */
class S3EvidenceStoreTests {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.builder()
            .withBlobStoreProvider("transient")
            .withCredentials(AuthenticationType.AWS_V2_OR_V4, "evidence-access", "evidence-secret")
            .build();

    @Test
    void storesAndReturnsEvidenceInABucketItCreates() {
        S3EvidenceStore store = new S3EvidenceStore(
                S3.getUri().toString(), "us-east-1", "bcf-evidence-test", S3.getAccessKey(), S3.getSecretKey());
        byte[] content = SupplyChainFixture.pdf("evidence in S3");
        UUID record = UUID.randomUUID();
        String key = store.put(record, content);
        assertThat(key).startsWith("evidence/" + record + "/");
        assertThat(store.get(key)).isEqualTo(content);
        String second = store.put(record, "%PDF-1.7 other".getBytes(StandardCharsets.US_ASCII));
        assertThat(second).isNotEqualTo(key);
        assertThat(UpstreamRecordService.sha256(store.get(key))).isEqualTo(UpstreamRecordService.sha256(content));
        assertThat(store.describe()).contains("bcf-evidence-test");
    }

    @Test
    void aMissingObjectIsReportedAsMissing() {
        S3EvidenceStore store = new S3EvidenceStore(
                S3.getUri().toString(), "us-east-1", "bcf-evidence-missing", S3.getAccessKey(), S3.getSecretKey());
        store.put(UUID.randomUUID(), SupplyChainFixture.pdf("x"));
        assertThatThrownBy(() -> store.get("evidence/none/none")).isInstanceOf(UncheckedIOException.class);
    }
}
