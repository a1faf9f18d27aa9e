package cn.batterycarbon.supplier.storage;

import cn.batterycarbon.supplier.EvidenceStore;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Evidence files in a bucket of an S3-compatible object store (AWS S3, MinIO, Ceph, OSS, s3proxy). */
public class S3EvidenceStore implements EvidenceStore {

    private final S3Client s3;
    private final String bucket;
    private final String endpoint;

    public S3EvidenceStore(String endpoint, String region, String bucket, String accessKey, String secretKey) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .forcePathStyle(true)
                // Only the checksums S3 requires: older or third-party S3 services (Ceph, OSS,
                // s3proxy) refuse the SDK's default trailing-checksum uploads with 501.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
        this.bucket = bucket;
        this.endpoint = endpoint;
    }

    private volatile boolean bucketChecked;

    @Override
    public String put(UUID recordId, byte[] content) {
        ensureBucket();
        String key = "evidence/" + recordId + "/" + UUID.randomUUID();
        s3.putObject(
                b -> b.bucket(bucket).key(key).contentLength((long) content.length), RequestBody.fromBytes(content));
        return key;
    }

    @Override
    public byte[] get(String key) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        } catch (NoSuchKeyException e) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(key));
        }
    }

    /** Creates the bucket on first use when it does not exist (a fresh MinIO or test store). */
    private void ensureBucket() {
        if (bucketChecked) {
            return;
        }
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        bucketChecked = true;
    }

    @Override
    public String describe() {
        return "S3 bucket " + bucket + (endpoint == null ? "" : " at " + endpoint);
    }
}
